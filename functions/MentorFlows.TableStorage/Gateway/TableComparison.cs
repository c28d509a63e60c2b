namespace MentorFlows.TableStorage.Gateway;

public enum TableComparison
{
    Equal,
    NotEqual,
}

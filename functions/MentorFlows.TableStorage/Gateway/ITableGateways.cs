namespace MentorFlows.TableStorage.Gateway;

/// <summary>The account's tables by name (the Azure host: <c>TableServiceClient.GetTableClient</c>, created on first use).</summary>
public interface ITableGateways
{
    ITableGateway Table(string tableName);
}

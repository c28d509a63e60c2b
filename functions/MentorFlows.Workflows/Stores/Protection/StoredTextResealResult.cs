namespace MentorFlows.Workflows.Stores.Protection;

/// <summary>What a <see cref="StoredTextResealer"/> run did: texts moved to the current key, and stores it could not finish.</summary>
public sealed record StoredTextResealResult(int Resealed, int StoresFailed)
{
    public bool Complete => StoresFailed == 0;
}

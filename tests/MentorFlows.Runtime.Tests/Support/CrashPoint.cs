namespace MentorFlows.Runtime.Tests.Support;

/// <summary>Where around the chosen write <see cref="CrashingStore"/> dies.</summary>
public enum CrashPoint
{
    /// <summary>The write never reaches the store.</summary>
    BeforeWrite,

    /// <summary>The write is stored, but the engine never learns it succeeded.</summary>
    AfterWrite,
}

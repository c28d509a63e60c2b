namespace MentorFlows.Workflows.Stores.Protection;

/// <summary>
/// A confidential text as it rests in a store (a concern's account, a survey comment): AES-256-GCM
/// <see cref="Ciphertext"/> (with its 16-byte tag at the end) under the key named by <see cref="KeyId"/>, with the
/// row's own random 96-bit <see cref="Nonce"/>.
/// </summary>
public sealed record SealedText(string KeyId, byte[] Nonce, byte[] Ciphertext)
{
    public override string ToString() => $"SealedText {{ KeyId = {KeyId} }}";
}

namespace MentorFlows.Runtime.SchemeData.Protection;

/// <summary>
/// A concern's text as it rests in the database: AES-256-GCM <see cref="Ciphertext"/> (with its 16-byte tag at the
/// end) under the key named by <see cref="KeyId"/>, with the row's own random 96-bit <see cref="Nonce"/>.
/// </summary>
public sealed record SealedConcernText(string KeyId, byte[] Nonce, byte[] Ciphertext)
{
    public override string ToString() => $"SealedConcernText {{ KeyId = {KeyId} }}";
}

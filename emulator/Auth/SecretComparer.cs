using System.Security.Cryptography;
using System.Text;

namespace FaceEmulator.Auth;

/// <summary>
/// Compares credentials in constant time. Both sides are hashed first, so neither the content nor the
/// length of a configured secret shows in how long a wrong guess takes to be refused.
/// </summary>
internal static class SecretComparer
{
    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static bool Matches(string presented, byte[] expectedHash) => Matches(Hash(presented), expectedHash);

    public static bool Matches(byte[] presentedHash, byte[] expectedHash) =>
        CryptographicOperations.FixedTimeEquals(presentedHash, expectedHash);
}

using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;

namespace Testcontainers.FaceEmulator;

/// <summary>The immutable configuration of a <see cref="FaceEmulatorContainer"/> (Testcontainers module conventions).</summary>
public sealed class FaceEmulatorConfiguration : ContainerConfiguration
{
    /// <param name="key">The subscription key (tenant) the container hands out.</param>
    public FaceEmulatorConfiguration(string? key = null) => Key = key;

    public FaceEmulatorConfiguration(IResourceConfiguration<CreateContainerParameters> resourceConfiguration)
        : base(resourceConfiguration)
    {
    }

    public FaceEmulatorConfiguration(IContainerConfiguration resourceConfiguration)
        : base(resourceConfiguration)
    {
    }

    public FaceEmulatorConfiguration(FaceEmulatorConfiguration resourceConfiguration)
        : this(new FaceEmulatorConfiguration(), resourceConfiguration)
    {
    }

    public FaceEmulatorConfiguration(FaceEmulatorConfiguration oldValue, FaceEmulatorConfiguration newValue)
        : base(oldValue, newValue)
    {
        ArgumentNullException.ThrowIfNull(oldValue);
        ArgumentNullException.ThrowIfNull(newValue);
        Key = BuildConfiguration.Combine(oldValue.Key, newValue.Key);
    }

    /// <summary>
    /// The subscription key that the container's connection string, <see cref="FaceEmulatorContainer.Key"/> and
    /// admin client use: the first of <see cref="FaceEmulatorBuilder.WithKeys"/>, else a fresh one per builder.
    /// </summary>
    public string? Key { get; }
}

namespace CommerceOps.Infrastructure.Demo;

/// <summary>The generator will not write into this store (not empty, left partial by an interrupted run, or a scale the storage cannot take); the message says what to do.</summary>
public sealed class DemoStoreRefusedException(string message) : InvalidOperationException(message);

// Fixtures run in parallel; each uses its own subscription key, so its own tenant, clock and ids.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]

// Against a running emulator or Azure, fixtures that start their own in-process emulator are ignored up front.
[assembly: FaceEmulator.ContractTests.Infrastructure.TargetSkips]

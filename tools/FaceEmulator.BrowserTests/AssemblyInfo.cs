// Each fixture has its own emulator tenant and browser context; the browser itself is shared.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]

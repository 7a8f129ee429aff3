using FaceEmulator.Tenancy;

namespace FaceEmulator.ContractTests.Limits;

/// <summary>The budget arithmetic behind Emulator:Limits:MaxTenantBytes and MaxTotalBytes, without a host.</summary>
public sealed class MemoryBudgetUnitTests
{
    [Test]
    public void TenantLimit_RefusesWithTheTenantBudget()
    {
        var total = new MemoryBudget(1_000);
        var tenant = new MemoryBudget(100, total);

        tenant.TryCharge(100, out _).Should().BeTrue();
        tenant.TryCharge(1, out var full).Should().BeFalse();

        full.Should().BeSameAs(tenant);
        full!.IsTotal.Should().BeFalse();
        total.Used.Should().Be(100);
    }

    [Test]
    public void TotalLimit_RefusesWithTheTotalBudget_AndChargesNeither()
    {
        var total = new MemoryBudget(150);
        var first = new MemoryBudget(100, total);
        var second = new MemoryBudget(100, total);
        first.TryCharge(100, out _).Should().BeTrue();

        second.TryCharge(60, out var full).Should().BeFalse();

        full.Should().BeSameAs(total);
        second.Used.Should().Be(0);
        total.Used.Should().Be(100);
    }

    [Test]
    public void Close_GivesEverythingBack_AndLateChargesAreNotCounted()
    {
        var total = new MemoryBudget(1_000);
        var tenant = new MemoryBudget(500, total);
        tenant.TryCharge(300, out _).Should().BeTrue();

        tenant.Close();
        tenant.Charge(50);
        tenant.Refund(300);

        total.Used.Should().Be(0);
        tenant.Used.Should().Be(0);
    }

    [Test]
    public void Reclaim_IsAskedBeforeARefusal()
    {
        var tenant = new MemoryBudget(100);
        tenant.TryCharge(100, out _).Should().BeTrue();
        tenant.Reclaim = wanted =>
        {
            tenant.Refund(wanted);
            return wanted;
        };

        tenant.TryCharge(40, out var full).Should().BeTrue();

        full.Should().BeNull();
        tenant.Used.Should().Be(100);
    }
}

using ChannelShift.Staffing;
using CsCheck;

namespace ChannelShift.Tests.Staffing;

/// <summary>The grid against its oracle, the direct search (ErlangC.FewestAgentsFor), which ErlangCTests checks
/// against published Erlang C tables.</summary>
public class StaffingGridTests
{
    [Fact]
    public void Agents_RandomTrafficRatiosTargetsAndCaps_EqualTheDirectSearch()
    {
        Gen.Select(Gen.Double[0, 120], Gen.Double[0.01, 20], Gen.Double[0.5, 0.95], Gen.Double[0.6, 1]).Sample((traffic, ratio, target, cap) =>
        {
            var grid = new StaffingGrid(target, cap, 100);
            grid.Agents(traffic, ratio).Should().Be(ErlangC.FewestAgentsFor(traffic, ratio, target, cap), $"A = {traffic:R}, r = {ratio:R}, target {target:R}, cap {cap:R}");
        }, iter: 3000);
    }

    [Fact]
    public void Agents_ManyTrafficsOnOneGrid_EqualTheDirectSearch()
    {
        // One grid, as a simulation uses it: many traffics and handling times (answer ratios 20 s over 200–400 s).
        var grid = new StaffingGrid(0.8, 0.85, 60);
        Gen.Select(Gen.Double[0, 70], Gen.Double[200, 400]).Sample((traffic, handlingSeconds) =>
        {
            double ratio = 20 / handlingSeconds;
            grid.Agents(traffic, ratio).Should().Be(ErlangC.FewestAgentsFor(traffic, ratio, 0.8, 0.85));
        }, iter: 20_000);
        grid.TableCount.Should().BeLessThan(150, "ratios from 0.05 to 0.1 span about 140 grid points of 0.5%");
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1e-300, 1)]
    public void Agents_NoOrTinyTraffic_NeedsNoneOrOne(double traffic, int expected)
    {
        // No traffic needs no agent; any traffic at all needs one (A < 1 and, at 1e-300 Erlangs, no wait).
        new StaffingGrid(0.8, 1, 10).Agents(traffic, 0.1).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-7)]
    [InlineData(5e5)]
    public void Agents_AnswerRatiosAtAndBeyondTheGridsEnds_EqualTheDirectSearch(double ratio)
    {
        // An answer time of 0 (ratio 0: the service level is the chance of not waiting), and ratios outside the
        // grid's array of tables.
        var grid = new StaffingGrid(0.8, 0.9, 40);
        foreach (double traffic in new[] { 0.3, 2.5, 7.77, 31.2 })
        {
            grid.Agents(traffic, ratio).Should().Be(ErlangC.FewestAgentsFor(traffic, ratio, 0.8, 0.9), $"A = {traffic}");
        }
    }

    [Fact]
    public void Agents_TrafficBeyondTheTables_EqualTheDirectSearchBeforeAndAfterTheyGrow()
    {
        // Tables first cover 5 Erlangs; 50 Erlangs is searched directly and extends them, then every traffic up to
        // 70 (some within the extension, some beyond it again) must still equal the direct search.
        var grid = new StaffingGrid(0.8, 0.9, 5);
        grid.Agents(50, 0.5).Should().Be(ErlangC.FewestAgentsFor(50, 0.5, 0.8, 0.9));
        for (double traffic = 0; traffic <= 70; traffic += 0.37)
        {
            grid.Agents(traffic, 0.5).Should().Be(ErlangC.FewestAgentsFor(traffic, 0.5, 0.8, 0.9), $"A = {traffic}");
        }
    }

    [Fact]
    public void Agents_OccupancyAtTheCapExactly_EqualsTheDirectSearch()
    {
        // 11.05 Erlangs at an 85% cap: 13 agents exactly at the cap (11.05 / 13 = 0.85), the case MeetsOccupancyCap's
        // slack is for; with a lax target the cap decides.
        var grid = new StaffingGrid(0.5, 0.85, 20);
        double traffic = 110.5 * 180 / 1800;
        grid.Agents(traffic, 10).Should().Be(ErlangC.FewestAgentsFor(traffic, 10, 0.5, 0.85)).And.Be(13);
    }
}

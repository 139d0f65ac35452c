using System.Numerics;
using ChannelShift.Appraisal;

namespace ChannelShift.Tests.Support;

/// <summary>Everything the ledger says about an option, for tests: each year's figures (in double) and each event.</summary>
public sealed class RecordedLedger
{
    /// <summary>Saving, cashable saving, costs, net, cashable net, PV, cumulative PV and cashable PV, by year.</summary>
    public List<double[]> Money { get; } = [];

    /// <summary>The option's contacts by channel after the shifts, by year.</summary>
    public List<double[]> Contacts { get; } = [];

    /// <summary>Whole FTE fewer than business as usual, by year.</summary>
    public List<int> StaffChange { get; } = [];

    /// <summary>Staff released, fixed steps closed or kept open, in the order the ledger reports them.</summary>
    public List<string> Events { get; } = [];

    /// <summary>FTE in business as usual and in the option, by year and staffed channel.</summary>
    public List<(int Year, string Channel, double BusinessAsUsual, double Option)> Staffing { get; } = [];

    /// <summary>The names of the money figures, in the order of <see cref="Money"/>.</summary>
    public static IReadOnlyList<string> MoneyNames { get; } = ["saving", "cashable saving", "costs", "net", "cashable net", "present value", "cumulative present value", "cashable present value"];

    /// <summary>The NPV: the last year's cumulative present value.</summary>
    public double Npv => Money[^1][6];

    /// <summary>Σ cashable present values.</summary>
    public double CashableNpv => Money.Sum(m => m[7]);

    /// <summary>Runs the ledger of a plan on the given inputs.</summary>
    internal static RecordedLedger Run<T>(LedgerPlan plan, ReadOnlySpan<T> inputs)
        where T : struct, INumber<T>
    {
        var sink = new Sink<T>(new RecordedLedger());
        Ledger.Run(plan, inputs, new LedgerScratch<T>(plan), ref sink);
        return sink.Recorded;
    }

    private readonly struct Sink<T>(RecordedLedger recorded) : ILedgerSink<T>
        where T : struct, INumber<T>
    {
        public RecordedLedger Recorded => recorded;

        public void Year(in LedgerYear<T> year)
        {
            recorded.Money.Add([D(year.Saving), D(year.CashableSaving), D(year.Costs), D(year.Net), D(year.CashableNet), D(year.PresentValue), D(year.CumulativePresentValue), D(year.CashablePresentValue)]);
            var contacts = new double[year.Contacts.Length];
            for (var c = 0; c < contacts.Length; c++)
            {
                contacts[c] = D(year.Contacts[c]);
            }

            recorded.Contacts.Add(contacts);
            recorded.StaffChange.Add(year.StaffChange);
        }

        public void Staffed(int year, Channel channel, double fteBusinessAsUsual, double fte) =>
            recorded.Staffing.Add((year, channel.Key, fteBusinessAsUsual, fte));

        public void StaffReleased(int year, Channel channel, int released, int fewer, T releaseCost) =>
            recorded.Events.Add($"year {year}: {released} released on {channel.Key} ({fewer} fewer)");

        public void StepClosed(int year, Channel channel, FixedStep step, T volume, int? businessAsUsualYear) =>
            recorded.Events.Add($"year {year}: {step.Name} closed (business as usual: {businessAsUsualYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "open"})");

        public void StepKeptOpen(int year, Channel channel, FixedStep step, T businessAsUsualVolume, T volume) =>
            recorded.Events.Add($"year {year}: {step.Name} kept open");

        private static double D(T value) => double.CreateChecked(value);
    }
}

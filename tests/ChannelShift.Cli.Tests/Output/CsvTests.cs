using ChannelShift.Cli.Output;

namespace ChannelShift.Cli.Tests.Output;

public class CsvTests
{
    private static string Line(params object?[] fields)
    {
        var writer = new StringWriter();
        new Csv(writer).Row(fields);
        return writer.ToString().TrimEnd('\r', '\n');
    }

    [Theory]
    [InlineData("350000", "350000.00")] // money always has two places, whatever the decimal's own scale
    [InlineData("2.345", "2.35")] // rounded half away from zero, as ROUND(x, 2)
    [InlineData("-2.345", "-2.35")] // an ASCII hyphen-minus, so a spreadsheet reads a number
    [InlineData("261097.737396911051480000", "261097.74")]
    [InlineData("0.1", "0.10")]
    public void Row_Decimal_IsMoneyToThePenny(string value, string expected) =>
        Line(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Theory]
    [InlineData("0.966183574879", "0.966183574879")]
    [InlineData("100000.00", "100000")] // no trailing zeros, whatever the scale
    [InlineData("261097.737396911051480000", "261097.73739691105148")]
    public void Row_Exact_IsWrittenInFullWithoutTrailingZeros(string value, string expected) =>
        Line(Csv.Exact(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))).Should().Be(expected);

    [Theory]
    [InlineData("100000.00", "100000")] // a count keeps no trailing zeros, whatever its scale
    [InlineData("43425.0000000000405", "43425")] // the noise of decimal arithmetic, below a millionth, goes
    [InlineData("94919.39676698256677487491848", "94919.396767")]
    [InlineData("0.5", "0.5")]
    public void Row_Count_IsToAMillionthWithoutTrailingZeros(string value, string expected) =>
        Line(Csv.Count(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))).Should().Be(expected);

    [Theory]
    [InlineData("7.4", "7.40")]
    [InlineData("0.085", "0.085")] // 8.5p a web contact is not rounded to 9p
    [InlineData("12.484330195213720939922836255", "12.484330195213720939922836255")]
    public void Row_UnitCost_HasAtLeastTwoPlacesAndEveryDigit(string value, string expected) =>
        Line(Csv.UnitCost(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))).Should().Be(expected);

    [Fact]
    public void Row_OtherFields_AreQuotedOrPlainAsRfc4180Asks() =>
        Line("a, \"b\"", null, 9.100000000000001, true, -0.5).Should().Be("\"a, \"\"b\"\"\",,9.1,true,-0.5");
}

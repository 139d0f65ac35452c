namespace ChannelShift;

/// <summary>What one unit of a published cost per contact is. It matters: Socitm's web figure is per website
/// <em>visit</em>, not per completed transaction, so figures of different bases are not strictly comparable.</summary>
public enum CostBasis
{
    /// <summary>Per contact of any kind (the publisher does not distinguish).</summary>
    PerContact = 0,

    /// <summary>Per visit (face-to-face) or per website visit.</summary>
    PerVisit = 1,

    /// <summary>Per visit, per call and per web visit, as Socitm publishes (one unit per channel).</summary>
    PerVisitCallOrWebVisit = 2,

    /// <summary>Per completed transaction (central government practice).</summary>
    PerTransaction = 3,
}

namespace Pace;

/// <summary>The paper a chart is printed on, always landscape.</summary>
public enum PaperSize
{
    /// <summary>ISO A4, 297 × 210 mm (<c>a4</c>): the default.</summary>
    A4,

    /// <summary>ISO A3, 420 × 297 mm (<c>a3</c>): the A4 chart enlarged by √2, for the wall.</summary>
    A3,

    /// <summary>US Letter, 11 × 8.5 in (<c>letter</c>).</summary>
    Letter,
}

/// <summary>Which way a KPI improves.</summary>
public enum Direction
{
    /// <summary>More is better (revenue, satisfaction).</summary>
    Higher,

    /// <summary>Less is better (lead time, cost, defects).</summary>
    Lower,
}

/// <summary>How often a KPI is measured; its target is per period of this length.</summary>
public enum Cadence
{
    /// <summary>Every day.</summary>
    Day,

    /// <summary>Every ISO week.</summary>
    Week,

    /// <summary>Every calendar month.</summary>
    Month,

    /// <summary>Every calendar quarter.</summary>
    Quarter,

    /// <summary>Every calendar year.</summary>
    Year,
}

/// <summary>Whether a KPI looks ahead or back (A001: vooruitkijkend vs terugkijkend).</summary>
public enum Timing
{
    /// <summary>A leading indicator: predicts results to come.</summary>
    Leading,

    /// <summary>A lagging indicator: reports results achieved.</summary>
    Lagging,
}

/// <summary>Whether a KPI measures effort going in or results coming out.</summary>
public enum Focus
{
    /// <summary>Measures activity or effort.</summary>
    Input,

    /// <summary>Measures a result.</summary>
    Output,
}

/// <summary>How quickly a KPI gives feedback.</summary>
public enum Speed
{
    /// <summary>Measured daily or weekly: fit for the weekly meeting or daily huddle.</summary>
    Fast,

    /// <summary>Measured monthly or less often.</summary>
    Slow,
}

/// <summary>Whether a KPI is an objective count or a judgement.</summary>
public enum Nature
{
    /// <summary>Objectively countable.</summary>
    Hard,

    /// <summary>A judgement or survey score.</summary>
    Soft,
}

/// <summary>At which level of the organisation a KPI's target is set.</summary>
public enum KpiLevel
{
    /// <summary>The whole organisation.</summary>
    Organization,

    /// <summary>A department.</summary>
    Department,

    /// <summary>A team.</summary>
    Team,

    /// <summary>A project.</summary>
    Project,

    /// <summary>One individual.</summary>
    Individual,
}

/// <summary>The PACe form's three KPI slots (PACE-FORM).</summary>
public enum Dimension
{
    /// <summary>Quality.</summary>
    Better,

    /// <summary>Speed.</summary>
    Faster,

    /// <summary>Cost.</summary>
    Cheaper,
}

/// <summary>
/// How a KPI's values over shorter periods combine into a longer one — and so whether its target breaks down into
/// shorter periods, and how a running period is judged.
/// </summary>
public enum Aggregate
{
    /// <summary>A flow that adds up (revenue, leads, tickets): a quarter is the sum of its months, its target splits into them, and a running period is judged pro rata.</summary>
    Sum,

    /// <summary>A rate, score or duration (%, NPS, days of lead time, cost per unit): a longer period is the mean of its shorter ones, and the target holds in every period.</summary>
    Average,

    /// <summary>A level read at a moment (a backlog, the bank balance, the sales pipeline): a longer period is its latest reading, and the target holds in every period.</summary>
    Last,
}

namespace Crm.Core.Scheduling.Holidays.Astronomy;

/// <summary>The Moon's position from the periodic terms of Meeus, <i>Astronomical Algorithms</i>, tables 47.A and 47.B.</summary>
internal static class MoonSeries
{
    private const double Rad = Math.PI / 180.0;

    // Table 47.A: multiples of D, M, M', F; Σl in 1e-6 degree; Σr in 1e-3 km.
    private static readonly short[] LrArgs =
    [
        0, 0, 1, 0, 2, 0, -1, 0, 2, 0, 0, 0, 0, 0, 2, 0, 0, 1, 0, 0, 0, 0, 0, 2, 2, 0, -2, 0, 2, -1, -1, 0,
        2, 0, 1, 0, 2, -1, 0, 0, 0, 1, -1, 0, 1, 0, 0, 0, 0, 1, 1, 0, 2, 0, 0, -2, 0, 0, 1, 2, 0, 0, 1, -2,
        4, 0, -1, 0, 0, 0, 3, 0, 4, 0, -2, 0, 2, 1, -1, 0, 2, 1, 0, 0, 1, 0, -1, 0, 1, 1, 0, 0, 2, -1, 1, 0,
        2, 0, 2, 0, 4, 0, 0, 0, 2, 0, -3, 0, 0, 1, -2, 0, 2, 0, -1, 2, 2, -1, -2, 0, 1, 0, 1, 0, 2, -2, 0, 0,
        0, 1, 2, 0, 0, 2, 0, 0, 2, -2, -1, 0, 2, 0, 1, -2, 2, 0, 0, 2, 4, -1, -1, 0, 0, 0, 2, 2, 3, 0, -1, 0,
        2, 1, 1, 0, 4, -1, -2, 0, 0, 2, -1, 0, 2, 2, -1, 0, 2, 1, -2, 0, 2, -1, 0, -2, 4, 0, 1, 0, 0, 0, 4, 0,
        4, -1, 0, 0, 1, 0, -2, 0, 2, 1, 0, -2, 0, 0, 2, -2, 1, 1, 1, 0, 3, 0, -2, 0, 4, 0, -3, 0, 2, -1, 2, 0,
        0, 2, 1, 0, 1, 1, -1, 0, 2, 0, 3, 0, 2, 0, -1, -2,
    ];

    private static readonly int[] LCoefficients =
    [
        6288774, 1274027, 658314, 213618, -185116, -114332, 58793, 57066, 53322, 45758, -40923, -34720, -30383, 15327,
        -12528, 10980, 10675, 10034, 8548, -7888, -6766, -5163, 4987, 4036, 3994, 3861, 3665, -2689, -2602, 2390, -2348,
        2236, -2120, -2069, 2048, -1773, -1595, 1215, -1110, -892, -810, 759, -713, -700, 691, 596, 549, 537, 520, -487,
        -399, -381, 351, -340, 330, 327, -323, 299, 294, 0,
    ];

    private static readonly int[] RCoefficients =
    [
        -20905355, -3699111, -2955968, -569925, 48888, -3149, 246158, -152138, -170733, -204586, -129620, 108743, 104755,
        10321, 0, 79661, -34782, -23210, -21636, 24208, 30824, -8379, -16675, -12831, -10445, -11650, 14403, -7003, 0,
        10056, 6322, -9884, 5751, 0, -4950, 4130, 0, -3958, 0, 3258, 2616, -1897, -2117, 2354, 0, 0, -1423, -1117, -1571,
        -1739, 0, -4421, 0, 0, 0, 0, 1165, 0, 0, 8752,
    ];

    // Table 47.B: multiples of D, M, M', F; Σb in 1e-6 degree.
    private static readonly short[] BArgs =
    [
        0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, -1, 2, 0, 0, -1, 2, 0, -1, 1, 2, 0, -1, -1, 2, 0, 0, 1, 0, 0, 2, 1,
        2, 0, 1, -1, 0, 0, 2, -1, 2, -1, 0, -1, 2, 0, -2, -1, 2, 0, 1, 1, 2, 1, 0, -1, 2, -1, -1, 1, 2, -1, 0, 1,
        2, -1, -1, -1, 0, 1, -1, -1, 4, 0, -1, -1, 0, 1, 0, 1, 0, 0, 0, 3, 0, 1, -1, 1, 1, 0, 0, 1, 0, 1, 1, 1,
        0, 1, 1, -1, 0, 1, 0, -1, 1, 0, 0, -1, 0, 0, 3, 1, 4, 0, 0, -1, 4, 0, -1, 1, 0, 0, 1, -3, 4, 0, -2, 1,
        2, 0, 0, -3, 2, 0, 2, -1, 2, -1, 1, -1, 2, 0, -2, 1, 0, 0, 3, -1, 2, 0, 2, 1, 2, 0, -3, -1, 2, 1, -1, 1,
        2, 1, 0, 1, 4, 0, 0, 1, 2, -1, 1, 1, 2, -2, 0, -1, 0, 0, 1, 3, 2, 1, 1, -1, 1, 1, 0, -1, 1, 1, 0, 1,
        0, 1, -2, -1, 2, 1, -1, -1, 1, 0, 1, 1, 2, -1, -2, -1, 0, 1, 2, 1, 4, 0, -2, -1, 4, -1, -1, -1, 1, 0, 1, -1,
        4, 0, 1, -1, 1, 0, -1, -1, 4, -1, 0, -1, 2, -2, 0, 1,
    ];

    private static readonly int[] BCoefficients =
    [
        5128122, 280602, 277693, 173237, 55413, 46271, 32573, 17198, 9266, 8822, 8216, 4324, 4200, -3359, 2463, 2211, 2065,
        -1870, 1828, -1794, -1749, -1565, -1491, -1475, -1410, -1344, -1335, 1107, 1021, 833, 777, 671, 607, 596, 491, -451,
        439, 422, 421, -366, -351, 331, 315, 302, -283, -229, 223, 223, -220, -220, -185, 181, -177, 176, 166, -164, 132,
        -119, 115, 107,
    ];

    public static Ecliptic Position(double jde)
    {
        var t = (jde - Astro.J2000) / 36525;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;
        var lp = Astro.Normalize(218.3164477 + (481267.88123421 * t) - (0.0015786 * t2) + (t3 / 538841) - (t4 / 65194000));
        var d = Astro.Normalize(297.8501921 + (445267.1114034 * t) - (0.0018819 * t2) + (t3 / 545868) - (t4 / 113065000)) * Rad;
        var m = Astro.Normalize(357.5291092 + (35999.0502909 * t) - (0.0001536 * t2) + (t3 / 24490000)) * Rad;
        var mp = Astro.Normalize(134.9633964 + (477198.8675055 * t) + (0.0087414 * t2) + (t3 / 69699) - (t4 / 14712000)) * Rad;
        var f = Astro.Normalize(93.2720950 + (483202.0175233 * t) - (0.0036539 * t2) - (t3 / 3526000) + (t4 / 863310000)) * Rad;
        var a1 = Rad * (119.75 + (131.849 * t));
        var a2 = Rad * (53.09 + (479264.290 * t));
        var a3 = Rad * (313.45 + (481266.484 * t));
        var e = 1 - (0.002516 * t) - (0.0000074 * t2);

        double sl = 0, sr = 0, sb = 0;
        for (var i = 0; i < LCoefficients.Length; i++)
        {
            var (arg, factor) = Argument(LrArgs, i, d, m, mp, f, e);
            sl += LCoefficients[i] * factor * Math.Sin(arg);
            sr += RCoefficients[i] * factor * Math.Cos(arg);
        }

        for (var i = 0; i < BCoefficients.Length; i++)
        {
            var (arg, factor) = Argument(BArgs, i, d, m, mp, f, e);
            sb += BCoefficients[i] * factor * Math.Sin(arg);
        }

        var lpr = lp * Rad;
        sl += (3958 * Math.Sin(a1)) + (1962 * Math.Sin(lpr - f)) + (318 * Math.Sin(a2));
        sb += (-2235 * Math.Sin(lpr)) + (382 * Math.Sin(a3)) + (175 * Math.Sin(a1 - f)) + (175 * Math.Sin(a1 + f))
            + (127 * Math.Sin(lpr - mp)) - (115 * Math.Sin(lpr + mp));

        var omega = Rad * (125.04452 - (1934.136261 * t));
        var nutation = -0.00478 * Math.Sin(omega);
        var lambda = Astro.Normalize(lp + (sl / 1e6) + nutation) * Rad;
        return new Ecliptic(lambda, sb / 1e6 * Rad, 385000.56 + (sr / 1000));
    }

    private static (double Arg, double Factor) Argument(short[] table, int i, double d, double m, double mp, double f, double e)
    {
        var j = i * 4;
        var mMultiple = table[j + 1];
        var arg = (table[j] * d) + (mMultiple * m) + (table[j + 2] * mp) + (table[j + 3] * f);
        var factor = Math.Abs(mMultiple) switch
        {
            1 => e,
            2 => e * e,
            _ => 1.0,
        };
        return (arg, factor);
    }
}

namespace Crm.Core.Scheduling.Holidays.Astronomy;

/// <summary>
/// Low-precision positions of the Sun and the Moon and the times of new moon, after Jean Meeus, <i>Astronomical
/// Algorithms</i> (2nd ed., 1998): chapter 25 (Sun, about 0.01°), chapter 47 (Moon, the main terms of the ELP-2000/82
/// series, about 0.01°), chapter 49 (true new moon, within a minute) and chapter 12 (sidereal time). ΔT follows the
/// polynomials of Espenak and Meeus (NASA, 2006).
/// </summary>
internal static class Astro
{
    public const double J2000 = 2451545.0;
    private const double Rad = Math.PI / 180.0;

    /// <summary>The Julian ephemeris day of the true new moon of lunation <paramref name="k"/> (0 = 2000-01-06).</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var jde = 2451550.09766 + (29.530588861 * k) + (0.00015437 * t2) - (0.000000150 * t2 * t) + (0.00000000073 * t2 * t2);
        var e = 1 - (0.002516 * t) - (0.0000074 * t2);
        var m = Rad * (2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t2 * t));
        var mp = Rad * (201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t2 * t) - (0.000000058 * t2 * t2));
        var f = Rad * (160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t2 * t) + (0.000000011 * t2 * t2));
        var om = Rad * (124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t2 * t));
        jde += (-0.40720 * Math.Sin(mp)) + (0.17241 * e * Math.Sin(m)) + (0.01608 * Math.Sin(2 * mp)) + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mp - m)) - (0.00514 * e * Math.Sin(mp + m)) + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mp - (2 * f))) - (0.00057 * Math.Sin(mp + (2 * f))) + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp)) + (0.00042 * e * Math.Sin(m + (2 * f))) + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m)) - (0.00017 * Math.Sin(om)) - (0.00007 * Math.Sin(mp + (2 * m)))
            + (0.00004 * Math.Sin((2 * mp) - (2 * f))) + (0.00004 * Math.Sin(3 * m)) + (0.00003 * Math.Sin(mp + m - (2 * f)))
            + (0.00003 * Math.Sin((2 * mp) + (2 * f))) - (0.00003 * Math.Sin(mp + m + (2 * f))) + (0.00003 * Math.Sin(mp - m + (2 * f)))
            - (0.00002 * Math.Sin(mp - m - (2 * f))) - (0.00002 * Math.Sin((3 * mp) + m)) + (0.00002 * Math.Sin(4 * mp));

        ReadOnlySpan<double> a0 = [299.77, 251.88, 251.83, 349.42, 84.66, 141.74, 207.14, 154.84, 34.52, 207.19, 291.34, 161.72, 239.56, 331.55];
        ReadOnlySpan<double> a1 = [0.107408, 0.016321, 26.651886, 36.412478, 18.206239, 53.303771, 2.453732, 7.306860, 27.261239, 0.121824, 1.844379, 24.198154, 25.513099, 3.592518];
        ReadOnlySpan<double> amp = [0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023];
        for (var i = 0; i < a0.Length; i++)
        {
            var arg = a0[i] + (a1[i] * k) - (i == 0 ? 0.009173 * t2 : 0);
            jde += amp[i] * Math.Sin(Rad * arg);
        }

        return jde;
    }

    /// <summary>ΔT = TT − UT in seconds for a decimal year (Espenak and Meeus).</summary>
    public static double DeltaT(double year)
    {
        double t;
        switch (year)
        {
            case < 1800:
            case >= 2150:
                t = (year - 1820) / 100;
                return -20 + (32 * t * t);
            case < 1860:
                t = year - 1800;
                return 13.72 - (0.332447 * t) + (0.0068612 * t * t) + (0.0041116 * t * t * t) - (0.00037436 * Math.Pow(t, 4))
                    + (0.0000121272 * Math.Pow(t, 5)) - (0.0000001699 * Math.Pow(t, 6)) + (0.000000000875 * Math.Pow(t, 7));
            case < 1900:
                t = year - 1860;
                return 7.62 + (0.5737 * t) - (0.251754 * t * t) + (0.01680668 * t * t * t) - (0.0004473624 * Math.Pow(t, 4)) + (Math.Pow(t, 5) / 233174);
            case < 1920:
                t = year - 1900;
                return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * Math.Pow(t, 4));
            case < 1941:
                t = year - 1920;
                return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
            case < 1961:
                t = year - 1950;
                return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
            case < 1986:
                t = year - 1975;
                return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
            case < 2005:
                t = year - 2000;
                return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t) + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
            case < 2050:
                t = year - 2000;
                return 62.92 + (0.32217 * t) + (0.005589 * t * t);
            default:
                t = (year - 1820) / 100;
                return -20 + (32 * t * t) - (0.5628 * (2150 - year));
        }
    }

    /// <summary>The decimal year of a Julian day, close enough for ΔT.</summary>
    public static double DecimalYear(double jd) => 2000 + ((jd - J2000) / 365.25);

    /// <summary>Greenwich mean sidereal time in radians for a Julian day in UT.</summary>
    public static double SiderealTime(double jdUt)
    {
        var t = (jdUt - J2000) / 36525;
        var deg = 280.46061837 + (360.98564736629 * (jdUt - J2000)) + (0.000387933 * t * t) - (t * t * t / 38710000);
        return Normalize(deg) * Rad;
    }

    /// <summary>The Sun's apparent ecliptic longitude (radians) and distance (km) for a Julian ephemeris day.</summary>
    public static Ecliptic Sun(double jde)
    {
        var t = (jde - J2000) / 36525;
        var l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var m = Rad * (357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var e = 0.016708634 - (0.000042037 * t) - (0.0000001267 * t * t);
        var c = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m)) + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        var nu = m + (Rad * c);
        var r = 1.000001018 * (1 - (e * e)) / (1 + (e * Math.Cos(nu)));
        var omega = Rad * (125.04 - (1934.136 * t));
        var lambda = l0 + c - 0.00569 - (0.00478 * Math.Sin(omega));
        return new Ecliptic(Normalize(lambda) * Rad, 0, r * 149597870.7);
    }

    /// <summary>The true obliquity of the ecliptic in radians (mean obliquity plus the main nutation term).</summary>
    public static double Obliquity(double jde)
    {
        var t = (jde - J2000) / 36525;
        var eps0 = 23.4392911111 - (0.0130041667 * t) - (0.00000016389 * t * t) + (0.00000050361 * t * t * t);
        return Rad * (eps0 + (0.00256 * Math.Cos(Rad * (125.04 - (1934.136 * t)))));
    }

    /// <summary>The Moon's apparent geocentric ecliptic position (radians, km) for a Julian ephemeris day.</summary>
    public static Ecliptic Moon(double jde) => MoonSeries.Position(jde);

    /// <summary>Converts ecliptic coordinates to right ascension and declination (radians).</summary>
    public static (double Ra, double Dec) ToEquatorial(Ecliptic p, double obliquity)
    {
        var (sinL, cosL) = Math.SinCos(p.Longitude);
        var (sinB, cosB) = Math.SinCos(p.Latitude);
        var (sinE, cosE) = Math.SinCos(obliquity);
        var ra = Math.Atan2((sinL * cosE) - (sinB / cosB * sinE), cosL);
        var dec = Math.Asin((sinB * cosE) + (cosB * sinE * sinL));
        return (ra, dec);
    }

    /// <summary>Reduces an angle in degrees to [0, 360).</summary>
    public static double Normalize(double degrees)
    {
        var r = degrees % 360.0;
        return r < 0 ? r + 360.0 : r;
    }
}

/// <summary>An ecliptic position: longitude and latitude in radians, distance in km.</summary>
internal readonly record struct Ecliptic(double Longitude, double Latitude, double Distance);

namespace Crm.Core.Scheduling.Holidays.Astronomy;

/// <summary>
/// The young crescent seen from one place on one evening: sunset, moonset and the quantities of Yallop's (1997, NAO
/// Technical Note 69) and Odeh's (2004, Experimental Astronomy 18) visibility criteria at Yallop's best time
/// (sunset + 4/9 of the lag).
/// </summary>
internal static class CrescentSighting
{
    private const double Rad = Math.PI / 180.0;
    private const double SunsetAltitude = -0.8333 * Rad;

    /// <summary>Evaluates the evening of a civil date (as a Julian day number at 0h UT of that date).</summary>
    public static Evening Evaluate(double jd0, double latitude, double longitude, double conjunctionJdUt)
    {
        var phi = latitude * Rad;
        var lon = longitude * Rad;
        var deltaT = Astro.DeltaT(Astro.DecimalYear(jd0)) / 86400;

        // Sunset: the Sun's altitude falls through -0m50' between local noon and local midnight.
        var noon = jd0 + 0.5 - (longitude / 360.0);
        var sunset = Bisect(noon, noon + 0.5, jd => SunAltitude(jd, deltaT, phi, lon) - SunsetAltitude);
        if (sunset <= conjunctionJdUt)
        {
            return new Evening(sunset, false, double.NegativeInfinity, double.NegativeInfinity, 0);
        }

        var moonAtSunset = MoonTopocentric(sunset, deltaT, phi, lon);
        if (moonAtSunset.Altitude - MoonsetAltitude(moonAtSunset) <= 0)
        {
            return new Evening(sunset, true, double.NegativeInfinity, double.NegativeInfinity, 0);
        }

        var limit = sunset + 0.3;
        var moonset = MoonAltitudeAbove(limit, deltaT, phi, lon) > 0
            ? limit
            : Bisect(sunset, limit, jd => MoonAltitudeAbove(jd, deltaT, phi, lon));
        var lag = moonset - sunset;
        var best = sunset + (4.0 / 9.0 * lag);

        var sun = Horizontal(Astro.Sun(best + deltaT), best, deltaT, phi, lon);
        var moonEcl = Astro.Moon(best + deltaT);
        var moon = Horizontal(moonEcl, best, deltaT, phi, lon);
        var parallax = Math.Asin(6378.14 / moonEcl.Distance);
        var semiDiameter = 358473400.0 / moonEcl.Distance / 3600 * Rad;

        // Geocentric ARCV and elongation with the topocentric crescent width (Yallop).
        var arcvGeo = moon.Altitude - sun.Altitude;
        var arclGeo = Separation(sun, moon);
        var topoSd = semiDiameter * (1 + (Math.Sin(moon.Altitude) * Math.Sin(parallax)));
        var wYallop = topoSd * (1 - Math.Cos(arclGeo)) / Rad * 60;
        var arcvDeg = arcvGeo / Rad;
        var q = (arcvDeg - (11.8371 - (6.3226 * wYallop) + (0.7319 * wYallop * wYallop) - (0.1018 * wYallop * wYallop * wYallop))) / 10;

        // Topocentric ARCV, ARCL and width (Odeh).
        var moonTopo = moon with { Altitude = moon.Altitude - (parallax * Math.Cos(moon.Altitude)) };
        var arcvTopo = (moonTopo.Altitude - sun.Altitude) / Rad;
        var arclTopo = Separation(sun, moonTopo);
        var wOdeh = topoSd * (1 - Math.Cos(arclTopo)) / Rad * 60;
        var v = arcvTopo - (7.1651 - (6.3226 * wOdeh) + (0.7319 * wOdeh * wOdeh) - (0.1018 * wOdeh * wOdeh * wOdeh));
        return new Evening(sunset, true, q, v, lag);
    }

    private static double SunAltitude(double jdUt, double deltaT, double phi, double lon) =>
        Horizontal(Astro.Sun(jdUt + deltaT), jdUt, deltaT, phi, lon).Altitude;

    private static double MoonAltitudeAbove(double jdUt, double deltaT, double phi, double lon)
    {
        var moon = MoonTopocentric(jdUt, deltaT, phi, lon);
        return moon.Altitude - MoonsetAltitude(moon);
    }

    private static Horizon MoonTopocentric(double jdUt, double deltaT, double phi, double lon)
    {
        var ecl = Astro.Moon(jdUt + deltaT);
        var geo = Horizontal(ecl, jdUt, deltaT, phi, lon);
        var parallax = Math.Asin(6378.14 / ecl.Distance);
        return geo with { Altitude = geo.Altitude - (parallax * Math.Cos(geo.Altitude)), Parallax = parallax };
    }

    // Moonset: the upper limb on the horizon with standard refraction, -(34' - semi-diameter) for the topocentric centre.
    private static double MoonsetAltitude(Horizon topocentricMoon) => (-34.0 / 60 * Rad) + (0.2725 * topocentricMoon.Parallax);

    private static Horizon Horizontal(Ecliptic position, double jdUt, double deltaT, double phi, double lon)
    {
        var (ra, dec) = Astro.ToEquatorial(position, Astro.Obliquity(jdUt + deltaT));
        var hourAngle = Astro.SiderealTime(jdUt) + lon - ra;
        var (sinH, cosH) = Math.SinCos(hourAngle);
        var (sinPhi, cosPhi) = Math.SinCos(phi);
        var (sinD, cosD) = Math.SinCos(dec);
        var altitude = Math.Asin((sinPhi * sinD) + (cosPhi * cosD * cosH));
        var azimuth = Math.Atan2(sinH, (cosH * sinPhi) - (sinD / cosD * cosPhi));
        return new Horizon(altitude, azimuth, 0);
    }

    private static double Separation(Horizon a, Horizon b)
    {
        var cos = (Math.Sin(a.Altitude) * Math.Sin(b.Altitude)) + (Math.Cos(a.Altitude) * Math.Cos(b.Altitude) * Math.Cos(a.Azimuth - b.Azimuth));
        return Math.Acos(Math.Clamp(cos, -1, 1));
    }

    // Finds where a function that is positive at lo and negative at hi changes sign, to about 0.2 s (18 halvings of half a day).
    private static double Bisect(double lo, double hi, Func<double, double> f)
    {
        for (var i = 0; i < 18; i++)
        {
            var mid = (lo + hi) / 2;
            if (f(mid) > 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }

    private readonly record struct Horizon(double Altitude, double Azimuth, double Parallax);
}

/// <summary>One evening's sighting conditions: sunset (Julian day, UT), whether sunset follows the conjunction, Yallop's
/// q and Odeh's V (negative infinity when the Moon sets first or the conjunction has not happened), the lag in days.</summary>
internal readonly record struct Evening(double Sunset, bool AfterConjunction, double Q, double V, double Lag);

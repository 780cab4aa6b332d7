namespace Crm.Core.Customers;

/// <summary>Identifies the Iranian mobile operator that was originally assigned a number's prefix.</summary>
/// <remarks>
/// This is display data only. Since mobile number portability, a subscriber may keep the number and move to another
/// operator, so never route, bill or validate by it. Prefixes of virtual operators (MVNOs) and of retired networks
/// give <see cref="Unknown"/>.
/// </remarks>
public enum MobileOperator
{
    /// <summary>The prefix is not one of the prefixes listed for the three national operators.</summary>
    Unknown = 0,

    /// <summary>Hamrah-e Aval (همراه اول, MCI): 0910–0919, 0990–0994, 0996.</summary>
    HamrahAval = 1,

    /// <summary>Irancell (ایرانسل, MTN Irancell): 0900–0905, 0930, 0933, 0935–0939, 0941.</summary>
    Irancell = 2,

    /// <summary>Rightel (رایتل): 0920–0922.</summary>
    Rightel = 3,
}

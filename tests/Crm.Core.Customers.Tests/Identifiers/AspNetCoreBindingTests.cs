using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Core.Customers.Tests.Identifiers;

/// <summary>Identifiers bind as minimal-API parameters (route or query), through their TryParse.</summary>
public class AspNetCoreBindingTests
{
    private static async Task<(int Status, string Body)> InvokeAsync(Delegate handler, string query)
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var endpoint = RequestDelegateFactory.Create(handler, new RequestDelegateFactoryOptions { ServiceProvider = services });
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.QueryString = new QueryString(query);
        using var body = new MemoryStream();
        context.Response.Body = body;
        await endpoint.RequestDelegate(context);
        return (context.Response.StatusCode, Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public async Task QueryParameters_BindFromAnyDigitScript()
    {
        var (status, body) = await InvokeAsync(
            (NationalCode code, BankCardNumber card, IranianMobile? mobile) => $"{code.Value} {card:M} {mobile?.Value ?? "-"}",
            "?code=" + Uri.EscapeDataString("۰۴۹-۹۳۷۰۸۹-۹") + "&card=" + Uri.EscapeDataString("6037 9912 3456 7893"));

        Assert.Equal(200, status);
        Assert.Equal("0499370899 6037-99**-****-7893 -", body);
    }

    [Fact]
    public async Task InvalidQueryParameter_Is400_AndTheHandlerDoesNotRun()
    {
        var ran = false;
        var (status, _) = await InvokeAsync((NationalCode code) => { ran = true; return code.Value; }, "?code=0499370898");

        Assert.Equal(400, status);
        Assert.False(ran);
    }
}

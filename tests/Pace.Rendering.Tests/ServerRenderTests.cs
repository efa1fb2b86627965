using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig;

namespace Pace.Rendering.Tests;

/// <summary>
/// Server use: an ASP.NET Core app (in memory, TestServer) checks an uploaded chart and streams its PDF into the
/// response body, where synchronous I/O is disallowed — as Kestrel disallows it by default. The PDF read back is the
/// one a synchronous render gives.
/// </summary>
public sealed class ServerRenderTests
{
    /// <summary>The path an upload's findings are located at.</summary>
    private const string Upload = "upload.pace.yaml";

    private static string Example(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", name + ".pace.yaml");

    [Test]
    public async Task An_uploaded_chart_streams_back_as_a_pdf_with_synchronous_io_disallowed()
    {
        await using var app = await Start();
        using var client = app.GetTestClient();
        await using var upload = File.OpenRead(Example("acme-software"));
        using var response = await client.PostAsync("/render", new StreamContent(upload));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var expected = ChartRenderer.RenderPages(ChartChecker.Default.CheckText(await File.ReadAllTextAsync(Example("acme-software")), Upload))[0];
        using var pdf = PdfDocument.Open(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), () => System.Text.Encoding.UTF8.GetString(bytes));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(pdf.NumberOfPages, Is.GreaterThan(1), "every page, not the first only");
            Assert.That(pdf.GetPage(1).Text, Does.Contain("Acme"));
            Assert.That(bytes, Is.EqualTo(expected), "the same bytes as a synchronous render");
        });
    }

    [Test]
    public async Task A_chart_file_checked_and_rendered_asynchronously_streams_back_too()
    {
        await using var app = await Start();
        using var client = app.GetTestClient();
        var bytes = await client.GetByteArrayAsync("/charts/brightleaf-foods");
        using var pdf = PdfDocument.Open(bytes);
        Assert.That(pdf.GetPage(1).Text, Does.Contain("Brightleaf"));
    }

    [Test]
    public async Task The_synchronous_render_is_refused_by_the_same_server()
    {
        // The control: without RenderAsync, this server cannot be served — the test above would fail the same way.
        await using var app = await Start();
        using var client = app.GetTestClient();
        var said = await client.GetStringAsync("/sync/acme-software");
        Assert.That(said, Does.Contain("Synchronous operations are disallowed"));
    }

    private static async Task<WebApplication> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer(server => server.AllowSynchronousIO = false);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/render", async (HttpContext context) =>
        {
            var check = await ChartChecker.Default.CheckAsync(context.Request.Body, Upload, context.RequestAborted);
            context.Response.ContentType = "application/pdf";
            await ChartRenderer.RenderAsync(check, context.Response.Body, null, context.RequestAborted);
        });
        app.MapGet("/charts/{name}", async (HttpContext context, string name) =>
        {
            var check = await ChartChecker.Default.CheckFileAsync(Example(name), context.RequestAborted);
            context.Response.ContentType = "application/pdf";
            await ChartRenderer.RenderAsync(check, context.Response.Body, null, context.RequestAborted);
        });
        app.MapGet("/sync/{name}", async (HttpContext context, string name) =>
        {
            var check = await ChartChecker.Default.CheckFileAsync(Example(name), context.RequestAborted);
            try
            {
                ChartRenderer.Render(check, context.Response.Body);
            }
            catch (InvalidOperationException e)
            {
                await context.Response.WriteAsync(e.Message);
            }
        });
        await app.StartAsync();
        return app;
    }
}

using QRCoder;

namespace Simulator.Web.Classroom;

/// <summary>QR codes for the join URL, as PNG data URIs the page embeds.</summary>
public static class QrCodes
{
    public static string DataUri(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(8);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}

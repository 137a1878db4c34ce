using System.Net;
using System.Net.Sockets;

namespace Simulator.Hosting;

/// <summary>Asks the operating system for a free TCP port on the loopback interface.</summary>
internal static class FreePort
{
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

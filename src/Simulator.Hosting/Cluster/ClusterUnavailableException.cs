namespace Simulator.Hosting.Cluster;

/// <summary>The cluster named by --cluster cannot be reached: the message says where and what to start.</summary>
public sealed class ClusterUnavailableException : Exception
{
    public ClusterUnavailableException()
    {
    }

    public ClusterUnavailableException(string message)
        : base(message)
    {
    }

    public ClusterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

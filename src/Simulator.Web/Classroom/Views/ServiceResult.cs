namespace Simulator.Web.Classroom.Views;

/// <summary>A service call's value, or the message saying why it was refused (and whether the class was not found at all).</summary>
public sealed record ServiceResult<T>(T? Value, string? Error, bool NotFound = false)
{
    public bool Ok => Error is null;

    public static ServiceResult<T> Success(T value) => new(value, null);

    public static ServiceResult<T> Fail(string error, bool notFound = false) => new(default, error, notFound);
}

namespace Simulator.Contracts.Sessions;

/// <summary>
/// One class (key: its join code): the seats, the tokens' hashes, every input in order and the round
/// clock, persisted; on activation the class is rebuilt by replaying its inputs, so a reload or a
/// reactivated grain resumes where it was.
/// </summary>
[Alias("Simulator.IClassroomGrain")]
public interface IClassroomGrain : IGrainWithStringKey
{
    /// <summary>Creates the class; false when the code is already taken.</summary>
    [Alias("Create")]
    Task<bool> Create(ClassSetup setup);

    /// <summary>A person joins a seat with the hash of the token they were given.</summary>
    [Alias("Join")]
    Task<ClassReply> Join(string seat, string name, byte[] tokenHash);

    /// <summary>Whose token this is (compared in constant time); nobody once the class has expired.</summary>
    [Alias("Identify")]
    Task<ClassAccess> Identify(byte[] tokenHash);

    /// <summary>Applies one input (recorded JSON of a Domain class input); refused with the reason when the class cannot take it.</summary>
    [Alias("Apply")]
    Task<ClassReply> Apply(string input);

    [Alias("Pause")]
    Task<ClassReply> Pause();

    [Alias("Resume")]
    Task<ClassReply> Resume();

    /// <summary>Gives the open round more time.</summary>
    [Alias("Extend")]
    Task<ClassReply> Extend(int seconds);

    /// <summary>Closes the open round when its time has run out (a timer calls this every second; tests call it after moving a fake clock).</summary>
    [Alias("Tick")]
    Task<ClassReply> Tick();

    /// <summary>On a series, once a meeting is over: starts the next one, whose status quo carries the agreed items over.</summary>
    [Alias("NextMeeting")]
    Task<ClassReply> NextMeeting();

    [Alias("GetRecord")]
    Task<ClassRecord?> GetRecord();
}

namespace Simulator.Domain.Classroom;

/// <summary>Which chair a seat in a class is: a principal at the table, the mediator, or a patron outside the room.</summary>
public enum ClassSeatRole
{
    Principal,
    Chair,
    Patron,
}

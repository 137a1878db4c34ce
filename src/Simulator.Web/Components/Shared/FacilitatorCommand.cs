namespace Simulator.Web.Components.Shared;

/// <summary>The facilitator's buttons.</summary>
public enum FacilitatorCommand
{
    Start,
    Pause,
    Resume,
    Extend,
    Next,
    End,
    NextMeeting,
}

using Microsoft.AspNetCore.Authorization;

namespace Simulator.Web.Api;

/// <summary>The token's class must be the route's `{code}`, and its seat the route's `{seat}` (or it must be the facilitator's).</summary>
public sealed class ClassRouteRequirement(bool seat) : AuthorizationHandler<ClassRouteRequirement>, IAuthorizationRequirement
{
    public bool ForSeat => seat;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ClassRouteRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.Resource is not HttpContext http)
        {
            return Task.CompletedTask;
        }

        var code = http.GetRouteValue("code") as string;
        var user = context.User;
        var sameClass = code is not null && user.HasClaim(ClassTokenAuthentication.ClassClaim, Classroom.ClassTokens.Normalise(code));
        var allowed = requirement.ForSeat
            ? user.HasClaim(ClassTokenAuthentication.RoleClaim, "seat") && http.GetRouteValue("seat") is string seatId && user.HasClaim(ClassTokenAuthentication.SeatClaim, seatId)
            : user.HasClaim(ClassTokenAuthentication.RoleClaim, "facilitator");
        if (sameClass && allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

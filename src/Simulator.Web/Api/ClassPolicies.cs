using Microsoft.AspNetCore.Authorization;

namespace Simulator.Web.Api;

/// <summary>The API's authorisation policies: the facilitator of the class in the route, or the person in the seat in the route.</summary>
public static class ClassPolicies
{
    public const string Facilitator = "class-facilitator";
    public const string Seat = "class-seat";

    public static AuthorizationBuilder AddClassPolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddPolicy(Facilitator, p => p.AddAuthenticationSchemes(ClassTokenAuthentication.SchemeName).RequireAuthenticatedUser().AddRequirements(new ClassRouteRequirement(seat: false)));
        builder.AddPolicy(Seat, p => p.AddAuthenticationSchemes(ClassTokenAuthentication.SchemeName).RequireAuthenticatedUser().AddRequirements(new ClassRouteRequirement(seat: true)));
        return builder;
    }
}

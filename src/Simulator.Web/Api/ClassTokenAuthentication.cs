using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Simulator.Contracts.Sessions;
using Simulator.Web.Classroom;

namespace Simulator.Web.Api;

/// <summary>
/// Authenticates `Authorization: Bearer TOKEN` against the class the token names: the facilitator's
/// token or a seat's. The claims say which class and which seat; the policies then check them
/// against the route (a valid token for another seat or class is forbidden, not unknown).
/// </summary>
public sealed class ClassTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ClassroomService classes) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ClassToken";
    public const string ClassClaim = "classroom.class";
    public const string RoleClaim = "classroom.role";
    public const string SeatClaim = "classroom.seat";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("use Authorization: Bearer TOKEN");
        }

        var (code, access) = await classes.IdentifyAsync(header["Bearer ".Length..].Trim());
        if (code is null || access.Role == ClassAccessRole.None)
        {
            return AuthenticateResult.Fail("unknown or expired token");
        }

        var claims = new List<Claim> { new(ClassClaim, code), new(RoleClaim, access.Role == ClassAccessRole.Facilitator ? "facilitator" : "seat") };
        if (access.Seat is { } seat)
        {
            claims.Add(new Claim(SeatClaim, seat));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }
}

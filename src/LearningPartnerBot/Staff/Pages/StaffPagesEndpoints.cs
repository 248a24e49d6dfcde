namespace LearningPartnerBot.Staff.Pages;

public static class StaffPagesEndpoints
{
    /// <summary>The staff pages under /staff; <see cref="StaffPagesServiceCollectionExtensions.AddStaffPages"/> registers what they need.</summary>
    public static WebApplication MapStaffPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        return app;
    }
}

namespace LearningPartnerBot.Data;

/// <summary>The database behind everything the bot persists (state, eligibility data, tickets, feedback).</summary>
public enum StorageProvider
{
    /// <summary>One file under <see cref="StorageOptions.DataDirectory"/>: no server, one instance.</summary>
    Sqlite,

    /// <summary>A server shared by every instance (ConnectionStrings:Postgres): the scale-out store.</summary>
    Postgres,
}

namespace LearningPartnerBot.Eligibility.Rules;

public sealed class UnknownPartnerException(string mpnId) : Exception($"No partner with MPN ID '{mpnId}'.")
{
    public string MpnId { get; } = mpnId;
}

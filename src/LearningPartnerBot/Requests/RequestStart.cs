namespace LearningPartnerBot.Requests;

/// <summary>Opens a request form straight away (from "File this request", a typed "report a KPI discrepancy", or a closed form's card), prefilled with <paramref name="Values"/>.</summary>
public sealed record RequestStart(string Form, Dictionary<string, string>? Values = null);

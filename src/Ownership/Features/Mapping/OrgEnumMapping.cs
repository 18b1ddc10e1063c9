using Crewline.Contracts;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Orgs;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Mapping;

/// <summary>Between an org's domain enums (preset, complexity tier, function area) and their proto enums, by exhaustive switch.</summary>
internal static class OrgEnumMapping
{
    public static Proto.IndustryPreset ToProto(this IndustryPreset value) => value switch
    {
        IndustryPreset.Advertising => Proto.IndustryPreset.Advertising,
        IndustryPreset.FilmTvContent => Proto.IndustryPreset.FilmTvContent,
        IndustryPreset.DesignStudio => Proto.IndustryPreset.DesignStudio,
        IndustryPreset.TechInHouse => Proto.IndustryPreset.TechInHouse,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static IndustryPreset ToDomain(this Proto.IndustryPreset value) => value switch
    {
        Proto.IndustryPreset.Advertising => IndustryPreset.Advertising,
        Proto.IndustryPreset.FilmTvContent => IndustryPreset.FilmTvContent,
        Proto.IndustryPreset.DesignStudio => IndustryPreset.DesignStudio,
        Proto.IndustryPreset.TechInHouse => IndustryPreset.TechInHouse,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.ComplexityTier ToProto(this ComplexityTier value) => value switch
    {
        ComplexityTier.Low => Proto.ComplexityTier.Low,
        ComplexityTier.High => Proto.ComplexityTier.High,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static ComplexityTier ToDomain(this Proto.ComplexityTier value) => value switch
    {
        Proto.ComplexityTier.Low => ComplexityTier.Low,
        Proto.ComplexityTier.High => ComplexityTier.High,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.FunctionArea ToProto(this FunctionArea value) => value switch
    {
        FunctionArea.ExternalProduction => Proto.FunctionArea.ExternalProduction,
        FunctionArea.InternalFlow => Proto.FunctionArea.InternalFlow,
        FunctionArea.Brief => Proto.FunctionArea.Brief,
        FunctionArea.Joint => Proto.FunctionArea.Joint,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static FunctionArea ToDomain(this Proto.FunctionArea value) => value switch
    {
        Proto.FunctionArea.ExternalProduction => FunctionArea.ExternalProduction,
        Proto.FunctionArea.InternalFlow => FunctionArea.InternalFlow,
        Proto.FunctionArea.Brief => FunctionArea.Brief,
        Proto.FunctionArea.Joint => FunctionArea.Joint,
        _ => throw ProtoEnums.Unmapped(value),
    };

    /// <summary>An optional preset: none is <c>INDUSTRY_PRESET_UNSPECIFIED</c>.</summary>
    public static Proto.IndustryPreset ToProto(this IndustryPreset? value) => value is { } preset ? preset.ToProto() : Proto.IndustryPreset.Unspecified;

    /// <summary>An optional preset: <c>INDUSTRY_PRESET_UNSPECIFIED</c> is none.</summary>
    public static IndustryPreset? ToOptionalDomain(this Proto.IndustryPreset value) =>
        value == Proto.IndustryPreset.Unspecified ? null : value.ToDomain();

    /// <summary>A preset's name on integration events, e.g. <c>INDUSTRY_PRESET_ADVERTISING</c>; <c>INDUSTRY_PRESET_UNSPECIFIED</c> for none.</summary>
    public static string ContractName(this IndustryPreset? value) => ProtoEnums.NameOf(value.ToProto());
}

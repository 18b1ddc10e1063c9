using Crewline.BuildingBlocks.Errors;
using Crewline.Contracts.Ownership.V1;

namespace Crewline.BuildingBlocks.Tests;

public sealed class RequestValidatorTests
{
    private static IReadOnlyList<FieldViolation> Violations(Action<RequestValidator> checks)
    {
        var validator = new RequestValidator();
        checks(validator);
        try
        {
            validator.ThrowIfInvalid();
            return [];
        }
        catch (ValidationException ex)
        {
            return ex.Violations;
        }
    }

    [Fact]
    public void A_request_without_violations_does_not_throw()
    {
        Assert.Empty(Violations(v => v
            .Check(true, "a", "fine")
            .RequiredText("Spot", "name", 10)
            .OptionalText(null, "note", 5)
            .KnownEnum(ProjectType.Film, "type")));
    }

    [Fact]
    public void Check_records_the_field_and_description_only_when_the_condition_fails()
    {
        var violation = Assert.Single(Violations(v => v.Check(true, "ok", "never").Check(false, "bad", "is bad")));
        Assert.Equal(new FieldViolation("bad", "is bad"), violation);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void RequiredText_rejects_missing_or_blank_text(string? value)
    {
        var violation = Assert.Single(Violations(v => v.RequiredText(value, "name", 10)));
        Assert.Equal("name", violation.Field);
        Assert.Equal("must not be empty", violation.Description);
    }

    [Fact]
    public void RequiredText_accepts_exactly_the_maximum_and_rejects_one_more_naming_the_length()
    {
        Assert.Empty(Violations(v => v.RequiredText(new string('x', 10), "name", 10)));
        var violation = Assert.Single(Violations(v => v.RequiredText(new string('x', 11), "name", 10)));
        Assert.Equal("name", violation.Field);
        Assert.Contains("at most 10", violation.Description);
        Assert.Contains("got 11", violation.Description);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    public void OptionalText_accepts_nothing_or_up_to_the_maximum(string? value) =>
        Assert.Empty(Violations(v => v.OptionalText(value, "idempotency_key", 5)));

    [Fact]
    public void OptionalText_rejects_text_over_the_maximum()
    {
        var violation = Assert.Single(Violations(v => v.OptionalText("123456", "idempotency_key", 5)));
        Assert.Equal("idempotency_key", violation.Field);
    }

    [Fact]
    public void KnownEnum_accepts_every_defined_non_zero_value()
    {
        foreach (var value in Enum.GetValues<ProjectType>().Where(t => t != ProjectType.Unspecified))
            Assert.Empty(Violations(v => v.KnownEnum(value, "type")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(-1)]
    public void KnownEnum_rejects_the_unspecified_zero_and_undefined_values(int value)
    {
        var violation = Assert.Single(Violations(v => v.KnownEnum((ProjectType)value, "type")));
        Assert.Equal("type", violation.Field);
    }

    [Fact]
    public void KnownEnum_lists_the_valid_values_by_their_proto_names_without_the_unspecified_one()
    {
        var violation = Assert.Single(Violations(v => v.KnownEnum(ProjectType.Unspecified, "type")));
        Assert.Contains("PROJECT_TYPE_FILM", violation.Description);
        Assert.Contains("PROJECT_TYPE_INTERNAL_TEAM", violation.Description);
        Assert.DoesNotContain("PROJECT_TYPE_UNSPECIFIED", violation.Description);
    }

    [Fact]
    public void Uuid_returns_a_valid_id_without_a_violation()
    {
        var id = Guid.NewGuid();
        var validator = new RequestValidator();
        Assert.Equal(id, validator.Uuid(id.ToString(), "project_id"));
        validator.ThrowIfInvalid();
    }

    [Theory]
    [InlineData(null, "must not be empty")]
    [InlineData("", "must not be empty")]
    [InlineData("not-a-uuid", "must be a UUID")]
    [InlineData("00000000-0000-0000-0000-000000000000", "must be a UUID")]
    public void Uuid_rejects_missing_malformed_and_empty_ids_and_returns_Guid_Empty(string? value, string description)
    {
        var validator = new RequestValidator();
        Assert.Equal(Guid.Empty, validator.Uuid(value, "project_id"));
        var ex = Assert.Throws<ValidationException>(validator.ThrowIfInvalid);
        Assert.Equal(new FieldViolation("project_id", description), Assert.Single(ex.Violations));
    }

    [Fact]
    public void Every_violation_of_a_request_is_collected_in_one_exception_in_order()
    {
        var validator = new RequestValidator()
            .RequiredText("", "name", 200)
            .KnownEnum((ProjectType)99, "type")
            .OptionalText(new string('k', 101), "idempotency_key", 100);
        validator.Uuid("nope", "project_id");

        var ex = Assert.Throws<ValidationException>(validator.ThrowIfInvalid);
        Assert.Equal(["name", "type", "idempotency_key", "project_id"], ex.Violations.Select(f => f.Field));
        Assert.Contains("name: must not be empty", ex.Message);
        Assert.Contains("project_id: must be a UUID", ex.Message);
    }
}

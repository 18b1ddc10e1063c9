using Crewline.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Reporting.Infrastructure.Configurations;

internal sealed class OrgPortfolioConfiguration : IEntityTypeConfiguration<OrgPortfolio>
{
    public void Configure(EntityTypeBuilder<OrgPortfolio> b)
    {
        b.ToTable("org_portfolios");
        b.HasKey(p => p.OrgId);
        b.Property(p => p.IndustryPreset).HasMaxLength(60);
    }
}

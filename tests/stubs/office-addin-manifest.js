// office-addin-mock imports office-addin-manifest only for this enum; its real ESM dependency chain breaks jest.
module.exports = { OfficeApp: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project" } };

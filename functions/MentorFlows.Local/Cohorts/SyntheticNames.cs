namespace MentorFlows.Local.Cohorts;

/// <summary>
/// The name, School and course pools of <see cref="SyntheticCohortGenerator"/>: a UK university's mix, with the
/// accents, apostrophes, spaces and hyphens real cohort files have, and a School whose name has a comma in it.
/// </summary>
internal static class SyntheticNames
{
    public static IReadOnlyList<(string Name, string Gender)> FirstNames { get; } =
    [
        ("Aoife", "female"), ("Zoë", "female"), ("Siobhán", "female"), ("Amélie", "female"), ("Chloé", "female"),
        ("Priya", "female"), ("Fatima", "female"), ("Mei", "female"), ("Agnieszka", "female"), ("Inès", "female"),
        ("Freya", "female"), ("Maëlle", "female"), ("Thandiwe", "female"), ("Niamh", "female"), ("Ioana", "female"),
        ("Grace", "female"), ("Hannah", "female"), ("Abena", "female"), ("Saoirse", "female"), ("Léa", "female"),
        ("Olivia", "female"), ("Amira", "female"), ("Catrin", "female"), ("Ana", "female"), ("Yasmin", "female"),
        ("Kwame", "male"), ("Rhys", "male"), ("Tomás", "male"), ("Oluwaseun", "male"), ("Noah", "male"),
        ("Arjun", "male"), ("Björn", "male"), ("Ellis", "male"), ("Eoin", "male"), ("Samuel", "male"),
        ("Yusuf", "male"), ("Kai", "male"), ("Jakub", "male"), ("Mateus", "male"), ("Liam", "male"),
        ("Dmitri", "male"), ("Ruairí", "male"), ("José", "male"), ("Hamza", "male"), ("Oliver", "male"),
        ("Jamie", "non-binary"), ("Alex", "non-binary"), ("Robin", "non-binary"), ("Sam", "non-binary"),
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "O'Sullivan", "Araújo", "Dubois-Martin", "Ní Bhriain", "Mensah", "D'Arcy", "ap Gruffydd", "Raghunathan",
        "Ó Briain", "Weiß", "Adébáyọ̀", "Tanaka", "O'Brien", "Wójcik", "Fernández", "Lefèvre", "Patel", "McAllister",
        "Lindqvist", "Al-Sayed", "Nguyễn", "Okafor", "Rousseau", "Llywelyn", "Volkov", "Kennedy", "MacAodha",
        "Benali", "O'Neill", "Gonçalves", "Demir", "Sørensen", "Müller", "Owusu", "Ó Dónaill", "Le Goff", "Dlamini",
        "Nowak", "O'Donnell", "Popescu", "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Khan",
        "Singh", "Ahmed", "Chen", "Kowalski", "D'Souza", "van der Berg", "de la Cruz", "Çelik", "Østergaard",
    ];

    public static IReadOnlyList<(string School, string[] Courses)> Schools { get; } =
    [
        ("School of Law", ["LLB Law", "LLB Law with French"]),
        ("School of Computing", ["BSc Computer Science", "BSc Software Engineering"]),
        ("School of History, Philosophy and Culture", ["BA History", "BA Philosophy", "Philosophy, Politics and Economics"]),
        ("School of Health Sciences", ["BSc Nursing (Adult)", "BSc Midwifery"]),
        ("School of Engineering", ["BEng Mechanical Engineering", "BEng Civil Engineering"]),
        ("School of Business", ["BSc Accounting and Finance", "BSc Business Management"]),
        ("School of Psychology", ["BSc Psychology"]),
        ("School of Modern Languages", ["BA French and Spanish", "BA German"]),
        ("School of Chemistry", ["MChem Chemistry"]),
        ("School of Music", ["BMus Music"]),
    ];
}

/* ovs-demo-names.c — the invented names of the demo: people, places, employers. Any likeness to a
 * real person or firm is chance; the municipality and its villages do not exist. */
#include "config.h"

#include "demo/ovs-demo-private.h"

#define LIST(name, ...) \
  static const char *name##_items[] = { __VA_ARGS__ }; \
  const OvsDemoList ovs_demo_##name = { name##_items, G_N_ELEMENTS (name##_items) };

LIST (first_names_male,
      "Gerrit", "Hendrik", "Johan", "Jan", "Bennie", "Henk", "Wim", "Gert-Jan", "Arjan", "Jeroen",
      "Marco", "René", "André", "Noël", "Theo", "Bart", "Erwin", "Dennis", "Roy", "Harm",
      "Martijn", "Sjoerd", "Kees", "Jürgen", "Rüdiger", "Mehmet", "Ahmet", "Youssef", "Thijs", "Ruud",
      "Jos", "Frank", "Tonnie", "Hennie", "Geert", "Willem", "Stefan", "Mark", "Niels", "Joël")

LIST (first_names_female,
      "Mieke", "Anouk", "José", "Chantal", "Henriëtte", "Ilse", "Zoë", "Daniëlle", "Renée", "Gerda",
      "Hennie", "Truus", "Annie", "Marieke", "Linda", "Sandra", "Petra", "Ingrid", "Yvonne", "Esther",
      "Anneke", "Wilma", "Dineke", "Joke", "Thérèse", "Noëlle", "Fatma", "Ayşe", "Sanne", "Brigitte",
      "Ellen", "Monique", "Inge", "Karin", "Janneke", "Lotte", "Saskia", "Riëtte", "Femke", "Irene")

/* Tussenvoegsels; most people have none. */
LIST (prefixes,
      "van", "van de", "van der", "de", "ter", "te", "ten", "van 't", "in 't", "op den", "van den")

LIST (last_names,
      "Wolters", "Hulshof", "Klein Gunnewiek", "Geerdink", "Nijenhuis", "Wassink", "Rouwhorst", "Bosch",
      "Te Lintelo", "Eppink", "Hoijtink", "Lubbers", "Roerdink", "Hartgerink", "Oonk", "Tijink",
      "Wentink", "Brummelman", "Jansen", "Peters", "Smit", "Meijer", "Bulten", "Kemperman",
      "Böhmer", "Görtz", "Çelik", "Yılmaz", "Ünal", "Schröder", "Müller", "Gülcher",
      "Vos", "Bruggink", "Lammers", "Heijink", "Stoltenborg", "Ruesink", "Gudde", "Elferink",
      "Ormel", "Nijland", "Wisselink", "Kuipers", "Bosman", "Groot Nibbelink", "Scholten", "Haverkamp")

/* The last names that take a tussenvoegsel well (chosen instead when a person has one). */
LIST (prefixed_last_names,
      "Berg", "Veen", "Haar", "Heide", "Kamp", "Beek", "Brink", "Wal", "Bosch", "Horst",
      "Haar", "Velde", "Hoek", "Linde", "Mors", "Esch", "Pol", "Gracht", "Hulst", "Molen")

/* The kernen (villages) of the demo municipality, the first being the main town. */
LIST (kernen,
      OVS_DEMO_MUNICIPALITY, "Lintvelde", "Ravenhorst", "Ulenkamp", "Dorkelo", "Hesselo")

/* Work areas of the green crews: wijken of the main town and the other kernen. */
LIST (areas,
      "Berkelwolde-Centrum", "Berkelwolde-Noord", "De Haaren", "Esveld", "Lintvelde", "Ravenhorst",
      "Ulenkamp", "Dorkelo", "Hesselo")

/* Invented neighbouring municipalities. */
LIST (neighbours,
      "Hengelveen", "Markelvoort", "Grolde", "Aaldervelde")

/* Local employers that hire individual secondees. */
LIST (hirers,
      "Bakkerij Hulshof", "Tuincentrum De Esch", "Hoveniersbedrijf Ulenkamp", "Autobedrijf Ravenhorst",
      "Zorgboerderij De Hooiberg", "Drukkerij Berkelpers", "Meubelmakerij Te Lintelo",
      "Camping De Berkelhoeve", "Supermarkt Lintvelde", "Fietsenmaker Oonk", "Kringloop Berkelwolde",
      "Schoonmaakbedrijf Wentink")

/* Regular employers of people in supported employment (begeleid werken). */
LIST (employers,
      "Metaalbewerking Geerdink BV", "Transportbedrijf Wassink", "Zuivelfabriek De Wolde",
      "Verpakkingen Dorkelo BV", "Woonzorg Hesselo", "Hotel-Restaurant De Zwaan")

LIST (vehicles,
      "Pick-up met aanhanger", "Bus met open laadbak", "Kraakperswagen", "Trekker met klepelmaaier",
      "Elektrische bakwagen")

LIST (notes,
      "Wil graag in de groenploeg", "Twijfelt over reistijd", "Vraagt om begeleiding bij het gesprek",
      "Partner belt liever dan dat er post komt", "Heeft vragen over het pensioen (PWRI)")

const char *
ovs_demo_pick (const OvsDemoList *list, GRand *rand)
{
  return list->items[g_rand_int_range (rand, 0, (gint32) list->n)];
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
  <context>
    <name>Segregation</name>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>"{entry}" is not a field of the table; it has: {available}.</source>
      <translation>"{entry}" är inte ett fält i tabellen; den har: {available}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>"{entry}" matches no variable or year of the table; it has: {available}.</source>
      <translation>"{entry}" motsvarar ingen variabel och inget år i tabellen; den har: {available}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>(+{n} more)</source>
      <translation>(+{n} till)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>(assumes an even spread within each unit)</source>
      <translation>(förutsätter jämn fördelning inom varje enhet)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>(no variable)</source>
      <translation>(ingen variabel)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>, numbers padded with leading zeros to {n} digits</source>
      <translation>, tal utfyllda med inledande nollor till {n} siffror</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>A base scenario needs a scenario field: choose the scenario field.</source>
      <translation>Ett basscenario kräver ett scenariofält: välj scenariofältet.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>A distance per stop in metres (e.g. 1000 for rail); empty: the distance above.</source>
      <translation>Ett avstånd per hållplats i meter (t.ex. 1000 för tåg); tom: avståndet ovan.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>A given reference needs a finite mean and a standard deviation above 0.</source>
      <translation>En angiven referens kräver ett ändligt medelvärde och en standardavvikelse över 0.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>A layer or table with one row per area (DeSO, RegSO…)</source>
      <translation>Ett lager eller en tabell med en rad per område (DeSO, RegSO…)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>A report per municipality as PDF: a map of the area types, population per area type, the segregation measures with Delmos' flags, plain-language explanations and the method. The layouts can be edited in the project.</source>
      <translation>En rapport per kommun som PDF: karta över områdestyperna, befolkning per områdestyp, segregationsmåtten med Delmos flaggor, förklaringar på lättläst svenska och metoden. Layouterna går att redigera i projektet.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>About your own data</source>
      <translation>Om egna data</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Add at least one statistics file.</source>
      <translation>Lägg till minst en statistikfil.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Add boundaries from a file (GeoPackage, …)</source>
      <translation>Lägg till gränser från en fil (GeoPackage, …)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Add the layouts to the project</source>
      <translation>Lägg till layouterna i projektet</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Add the layouts to the project (to edit them)</source>
      <translation>Lägg till layouterna i projektet (för att redigera dem)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Added {n} sample layers to the project (copied to {folder}).</source>
      <translation>{n} exempellager har lagts till i projektet (kopierade till {folder}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Adds the plugin's fictional sample county Exempellän to the project: three municipalities (9901 Åstad, 9902 Björkvik, 9903 Granmo) with DeSO- and RegSO-like areas, districts, transit stops and lines (existing and planned), and SCB-style statistics tables. The data is a copy in the output folder, so the plugin's own files are never edited. The numbers are made up: use them to learn the plugin.</source>
      <translation>Lägger till insticksprogrammets fiktiva exempellän Exempellän i projektet: tre kommuner (9901 Åstad, 9902 Björkvik, 9903 Granmo) med DeSO- och RegSO-liknande områden, stadsdelar, hållplatser och linjer för kollektivtrafik (befintliga och planerade) samt statistiktabeller i SCB:s format. Data är en kopia i utdatamappen, så insticksprogrammets egna filer ändras aldrig. Siffrorna är påhittade: använd dem för att lära dig insticksprogrammet.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Adds up statistics of small units (e.g. DeSO) to larger or other areas: RegSO, municipalities, or your own districts and planning areas.

Which target a unit belongs to: (a) a code: a field of the units holding the target's code (e.g. regsokod or kommunkod), or SCB's crosswalk 'Koppling DeSO 2018 - RegSO 2020' with the units' DeSO code field; the output is the units dissolved per code. (b) a polygon layer of targets, with one of three assignments: point on surface (the unit goes wholly to the target containing a point inside it), largest overlap (wholly to the target covering the largest part of it, unless a larger part lies outside all targets), or area-weighted apportioning (the unit is split by the share of its area in each target: areal weighting, Goodchild &amp; Lam 1980). Overlaps smaller than a millionth of a unit's area are slivers of digitising or reprojection and ignored. Area-weighted apportioning assumes that people and counts are spread evenly within each unit, which is rarely true (lakes, forests, new housing): read its results as estimates. The output is the target polygons.

Rules per field, as SCB computes regional statistics: sum for counts (persons, households); ratio to recompute a share from summed counts, written name=numerator/denominator*100 (e.g. andel_lag_ek_standard=lag_ek_standard/befolkning*100; several separated by semicolons); mean for shares and means that have no counts, weighted by the weight field (e.g. the population the share refers to; unweighted without one); minimum and maximum (fields named *_min, *_max); copy (a text such as kommunnamn, from the unit with the largest part). Shares are never averaged unweighted. A missing value (NULL, '..') is left out; a target whose units are all missing gets NULL, not 0. n_units counts the units in each target.

Reported: units in no target (UNITS_UNASSIGNED) and units overlapping several targets (UNITS_SPLIT). Targets in another CRS are reprojected to the units' CRS; overlays of units in degrees are computed in SWEREF 99 TM (EPSG:3006); invalid polygons are repaired in the output only. The inputs are never changed.

Statistics: SCB, Statistikdatabasen; crosswalk: SCB, Regionala statistikområden (RegSO).</source>
      <translation>Aggregerar statistik för små enheter (t.ex. DeSO) till större eller andra områden: RegSO, kommuner eller egna stadsdelar och planeringsområden.

Vilket målområde en enhet hör till: (a) en kod: ett fält i enheterna med målområdets kod (t.ex. regsokod eller kommunkod), eller SCB:s kopplingstabell 'Koppling DeSO 2018 - RegSO 2020' tillsammans med enheternas fält för DeSO-kod; resultatet är enheterna sammanslagna per kod. (b) ett polygonlager med målområden, med en av tre tilldelningar: punkt på yta (enheten går helt till det målområde som innehåller en punkt inuti den), största överlappning (helt till det målområde som täcker störst del av den, om inte en större del ligger utanför alla målområden) eller arealviktad fördelning (enheten delas efter hur stor andel av dess yta som ligger i varje målområde: arealviktning, Goodchild &amp; Lam 1980). Överlappningar som är mindre än en miljondel av en enhets yta är smala restytor från digitalisering eller omprojicering och ignoreras. Arealviktad fördelning förutsätter att människor och antal är jämnt fördelade inom varje enhet, vilket sällan stämmer (sjöar, skog, nya bostäder): läs resultaten som skattningar. Resultatet är målområdenas polygoner.

Regler per fält, så som SCB tar fram regional statistik: summa för antal (personer, hushåll); kvot för att räkna om en andel från summerade antal, skrivet namn=täljare/nämnare*100 (t.ex. andel_lag_ek_standard=lag_ek_standard/befolkning*100; flera åtskilda med semikolon); medelvärde för andelar och medelvärden som saknar antal, viktat med viktfältet (t.ex. den befolkning som andelen avser; oviktat om viktfält saknas); minimum och maximum (fält med namn *_min, *_max); kopiera (en text som kommunnamn, från den enhet som har störst del). Andelar medelvärdesberäknas aldrig oviktat. Ett saknat värde (NULL, '..') utelämnas; ett målområde där alla enheter saknar värde får NULL, inte 0. n_units räknar enheterna i varje målområde.

Rapporteras: enheter utan målområde (UNITS_UNASSIGNED) och enheter som överlappar flera målområden (UNITS_SPLIT). Målområden i ett annat koordinatsystem projiceras om till enheternas koordinatsystem; överlagringar av enheter i grader beräknas i SWEREF 99 TM (EPSG:3006); ogiltiga polygoner repareras bara i resultatet. Indata ändras aldrig.

Statistik: SCB, Statistikdatabasen; kopplingstabell: SCB, Regionala statistikområden (RegSO).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Adds up the joined statistics to your own areas (e.g. districts): counts (whole numbers) are summed, shares are averaged weighted by the population.</source>
      <translation>Summerar den kopplade statistiken till era egna områden (t.ex. stadsdelar): antal (heltal) summeras, andelar blir medelvärden vägda med befolkningen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Add…</source>
      <translation>Lägg till…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Aggregate statistics to larger areas</source>
      <translation>Aggregera statistik till större områden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Aggregate to other areas</source>
      <translation>Summera till andra områden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Aggregated areas</source>
      <translation>Aggregerade områden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Aggregated {units} units to {targets} target areas; {unassigned} in no target, {split} split between targets.</source>
      <translation>Summerade {units} enheter till {targets} målområden; {unassigned} i inget målområde, {split} delade mellan målområden.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Aggregating to the targets</source>
      <translation>Summerar till målområdena</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Aggregation</source>
      <translation>Summering</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>All</source>
      <translation>Alla</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>All areas</source>
      <translation>Alla områden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>All areas of the layer</source>
      <translation>Alla områden i lagret</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>All files (*.*)</source>
      <translation>Alla filer (*.*)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>All loaded</source>
      <translation>Alla inlästa</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>An indicator has standard deviation 0 in the reference: cannot standardise.</source>
      <translation>En indikator har standardavvikelsen 0 i referensen: kan inte standardisera.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Another layer (e.g. all of Sweden)</source>
      <translation>Ett annat lager (t.ex. hela Sverige)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Apply the style to the input layer itself (changes only its style)</source>
      <translation>Använd stilen på själva indatalagret (ändrar bara dess stil)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Area boundaries</source>
      <translation>Områdesgränser</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Area boundaries: SCB's DeSO or RegSO GeoPackage, or your own districts, already in the project or from a file.</source>
      <translation>Områdesgränser: SCB:s GeoPackage med DeSO eller RegSO, eller era egna stadsdelar, redan i projektet eller från en fil.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area code (in both layers)</source>
      <translation>Områdeskod (i båda lagren)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Area code field</source>
      <translation>Fält med områdeskod</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Area code field to match the two layers</source>
      <translation>Områdeskodfält som matchar de två lagren</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Area level</source>
      <translation>Områdesnivå</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Area name field for map labels (default: detected)</source>
      <translation>Fält med områdesnamn för kartetiketter (standard: identifieras automatiskt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Area type</source>
      <translation>Områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Area type (1-5); the colours are those of the map.</source>
      <translation>Områdestyp (1-5); färgerna är desamma som i kartan.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Area type (empty: no flags)</source>
      <translation>Områdestyp (tom: inga flaggor)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Area type (områdestyp)</source>
      <translation>Områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Area type field (1-5 or SCB's labels; default: detected)</source>
      <translation>Fält med områdestyp (1-5 eller SCB:s benämningar; standard: identifieras automatiskt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Area type field (1-5)</source>
      <translation>Fält med områdestyp (1-5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Area type field (default: area_type)</source>
      <translation>Fält med områdestyp (standard: area_type)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Area type field (or any categorical field)</source>
      <translation>Fält med områdestyp (eller annat kategorifält)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Area type field, year A</source>
      <translation>Fält med områdestyp, år A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Area type field, year B</source>
      <translation>Fält med områdestyp, år B</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Area type field: {field}</source>
      <translation>Fält med områdestyp: {field}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area type {year}</source>
      <translation>Områdestyp {year}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area type, year A</source>
      <translation>Områdestyp, år A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area type, year B</source>
      <translation>Områdestyp, år B</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Area types</source>
      <translation>Områdestyper</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Area types (områdestyper)</source>
      <translation>Områdestyper</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Area types ({layer})</source>
      <translation>Områdestyper ({layer})</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Area types and flags</source>
      <translation>Områdestyper och flaggor</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Area types and flags (optional)</source>
      <translation>Områdestyper och flaggor (valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Area types and flags per region</source>
      <translation>Områdestyper och flaggor per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Area types and segregation: {name}</source>
      <translation>Områdestyper och segregation: {name}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Area types could not be computed: {error}</source>
      <translation>Områdestyperna kunde inte beräknas: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area types found: {years}.</source>
      <translation>Hittade områdestyper: {years}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area types {year}</source>
      <translation>Områdestyper {year}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Area-type composition and flags per region</source>
      <translation>Områdestypernas sammansättning och flaggor per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Area-type transitions</source>
      <translation>Byten av områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area-type transitions between two years</source>
      <translation>Byten av områdestyp mellan två år</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Area-weighted share of each area inside the catchment (population evenly spread)</source>
      <translation>Arealviktad andel av varje område inom upptagningsområdet (befolkningen jämnt fördelad)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Area-weighted: units split by the share of their area in each target</source>
      <translation>Arealviktad: enheterna delas efter andelen av deras yta i varje målområde</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Areas</source>
      <translation>Områden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Areas (DeSO, RegSO…) with a count per group.</source>
      <translation>Områden (DeSO, RegSO…) med ett antal per grupp.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Areas (DeSO, RegSO…) with group counts per year.</source>
      <translation>Områden (DeSO, RegSO …) med antal per grupp och år.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Areas (e.g. DeSO or RegSO)</source>
      <translation>Områden (t.ex. DeSO eller RegSO)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Areas (polygon layer or table)</source>
      <translation>Områden (polygonlager eller tabell)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Areas (polygons)</source>
      <translation>Områden (polygoner)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Areas (units) with population in the region.</source>
      <translation>Områden (enheter) med befolkning i regionen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Areas in only one of the years</source>
      <translation>Områden som bara finns ett av åren</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Areas in the reference</source>
      <translation>Områden i referensen</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Areas not classified</source>
      <translation>Ej klassificerade områden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Areas not classified: {n}</source>
      <translation>Ej klassificerade områden: {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Areas of type {t}</source>
      <translation>Områden av typ {t}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Areas of type {t}: {n}</source>
      <translation>Områden av typ {t}: {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Areas sharing a code (each gets the statistics): {codes}</source>
      <translation>Områden med samma kod (vart och ett får statistiken): {codes}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Areas with a better type</source>
      <translation>Områden med bättre typ</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Areas with a worse type</source>
      <translation>Områden med sämre typ</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Areas with an area-type field</source>
      <translation>Områden med ett fält för områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Areas with area types</source>
      <translation>Områden med områdestyper</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Areas with area types (output of the area types algorithm)</source>
      <translation>Områden med områdestyper (resultat från algoritmen för områdestyper)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Areas with area types per year (optional)</source>
      <translation>Områden med områdestyp per år (valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Areas with area types, e.g. the result of the Area types step.</source>
      <translation>Områden med områdestyper, t.ex. resultatet av steget Områdestyper.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Areas with covered population</source>
      <translation>Områden med täckt befolkning</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Areas with good socioeconomic conditions</source>
      <translation>Områden med goda socioekonomiska förutsättningar</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Areas with group counts</source>
      <translation>Områden med antal per grupp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Areas with group counts per year</source>
      <translation>Områden med antal per grupp och år</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Areas with major socioeconomic challenges</source>
      <translation>Områden med stora socioekonomiska utmaningar</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Areas with population, e.g. the result of Area types.</source>
      <translation>Områden med befolkning, t.ex. resultatet från Områdestyper.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Areas with socioeconomic challenges</source>
      <translation>Områden med socioekonomiska utmaningar</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Areas with statistics</source>
      <translation>Områden med statistik</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Areas with the same type</source>
      <translation>Områden med samma typ</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Areas with very good socioeconomic conditions</source>
      <translation>Områden med mycket goda socioekonomiska förutsättningar</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Areas without statistics</source>
      <translation>Områden utan statistik</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Areas without statistics (codes)</source>
      <translation>Områden utan statistik (koder)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Areas, year A</source>
      <translation>Områden, år A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Areas, year B</source>
      <translation>Områden, år B</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Areas, year B (default: the same layer)</source>
      <translation>Områden, år B (standard: samma lager)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Assigning units to target polygons needs unit polygons; {layer} has no polygons.</source>
      <translation>Att tilldela enheter till målpolygoner kräver enhetspolygoner; {layer} har inga polygoner.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Assignment</source>
      <translation>Tilldelning</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Assignment of units to target polygons</source>
      <translation>Tilldelning av enheter till målpolygoner</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>At least 2 classifiable areas are needed for a reference; found {n}.</source>
      <translation>En referens kräver minst 2 klassificerbara områden; hittade {n}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>At least one indicator is needed.</source>
      <translation>Minst en indikator krävs.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Atkinson</source>
      <translation>Atkinsonindex</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Atkinson index</source>
      <translation>Atkinsonindex</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Atkinson parameter b</source>
      <translation>Atkinsonparameter b</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Background boundaries, e.g. municipalities (optional)</source>
      <translation>Bakgrundsgränser, t.ex. kommuner (valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Base scenario</source>
      <translation>Basscenario</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>Base scenario '{base}' is not a value of the scenario field (values: {values}).</source>
      <translation>Basscenariot '{base}' är inte ett värde i scenariofältet (värden: {values}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Base scenario '{base}': its stops and lines are included in every other scenario, so each scenario is the network {base} + that scenario.</source>
      <translation>Basscenario '{base}': dess hållplatser och linjer ingår i alla andra scenarier, så varje scenario är nätet {base} + det scenariot.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Base scenario, included in every other scenario (e.g. befintlig)</source>
      <translation>Basscenario, ingår i alla andra scenarier (t.ex. befintlig)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: an evenness measure that compares every pair of areas; 0 means the focus group's share is the same in every area.</source>
      <translation>Mellan 0 och 1: ett mått på jämn fördelning som jämför alla par av områden; 0 betyder att fokusgruppens andel är densamma i alla områden.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: how isolated the groups are from each other, averaged over the groups; 0 means every area has the same mix.</source>
      <translation>Mellan 0 och 1: hur isolerade grupperna är från varandra, i genomsnitt över grupperna; 0 betyder att alla områden har samma sammansättning.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: how much less diverse the areas are than the municipality as a whole, over all groups.</source>
      <translation>Mellan 0 och 1: hur mycket lägre mångfalden är i områdena än i kommunen som helhet, över alla grupper.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: how much less mixed the areas are than the whole, taking all groups (e.g. all five income fifths) into account at once.</source>
      <translation>Mellan 0 och 1: hur mycket mindre blandade områdena är än helheten, med alla grupper (t.ex. alla fem inkomstkvintiler) på en gång.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: how much less mixed the areas are, on average, than the municipality as a whole. 0 means every area is as mixed as the whole.</source>
      <translation>Mellan 0 och 1: hur mycket mindre blandade områdena i genomsnitt är än kommunen som helhet. 0 betyder att varje område är lika blandat som helheten.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: the dissimilarity index taken over all groups at once.</source>
      <translation>Mellan 0 och 1: olikhetsindex beräknat över alla grupper på en gång.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: the segregation Gini taken over all groups at once.</source>
      <translation>Mellan 0 och 1: segregations-Gini beräknat över alla grupper på en gång.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: the share of other residents in the area where a typical member of the focus group lives; low values mean little everyday contact between groups.</source>
      <translation>Mellan 0 och 1: andelen övriga invånare i det område där en typisk person i fokusgruppen bor; låga värden betyder lite vardaglig kontakt mellan grupperna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: the share of the focus group (e.g. low income) that would have to move for it to be spread over the areas like everyone else. 0 means an even spread.</source>
      <translation>Mellan 0 och 1: den andel av fokusgruppen (t.ex. låginkomsttagare) som skulle behöva flytta för att gruppen ska vara fördelad över områdena som alla andra. 0 betyder jämn fördelning.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: the share of the focus group among the residents of the area where a typical member of the focus group lives. Compare it with the focus group's share of the whole population.</source>
      <translation>Mellan 0 och 1: fokusgruppens andel av invånarna i det område där en typisk person i fokusgruppen bor. Jämför med fokusgruppens andel av hela befolkningen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: unevenness of the focus group over the areas, with a parameter b that decides whether areas where the group is under- or over-represented count more.</source>
      <translation>Mellan 0 och 1: hur ojämnt fokusgruppen är fördelad över områdena, med en parameter b som avgör om områden där gruppen är under- eller överrepresenterad väger tyngre.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Both flags (AND)</source>
      <translation>Båda flaggorna (AND)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transitions.py" />
      <source>Both years need one area type per area ({a} and {b} given).</source>
      <translation>Båda åren behöver en områdestyp per område ({a} och {b} angivna).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Boundaries</source>
      <translation>Gränser</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Boundaries on the map (optional)</source>
      <translation>Gränser på kartan (valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>CSV (*.csv *.CSV *.txt *.TXT)</source>
      <translation>CSV (*.csv *.CSV *.txt *.TXT)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/widgets.py" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>CSV or XLSX exports from SCB's Statistikdatabasen.</source>
      <translation>CSV- eller XLSX-uttag från SCB:s Statistikdatabasen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>Cancelled.</source>
      <translation>Avbrutet.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Cancelled: no layer was added.</source>
      <translation>Avbrutet: inget lager lades till.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/runcontrols.py" />
      <source>Cancelled; already added: {names}.</source>
      <translation>Avbrutet; redan tillagt: {names}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Cancelling…</source>
      <translation>Avbryter…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Cannot read the ratio "{text}"; write name=numerator/denominator*100, several separated by semicolons, e.g. andel_lag_ek_standard=lag_ek_standard/befolkning*100.</source>
      <translation>Kan inte läsa kvoten "{text}"; skriv namn=täljare/nämnare*100, flera åtskilda med semikolon, t.ex. andel_lag_ek_standard=lag_ek_standard/befolkning*100.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Cannot read {file}: {error}</source>
      <translation>Kan inte läsa {file}: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Cannot read {file}: {reason}</source>
      <translation>Kan inte läsa {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Cannot read {what}: '{text}'.</source>
      <translation>Kan inte läsa {what}: '{text}'.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Cannot transform feature {fid} of {layer} to {crs}: {reason}</source>
      <translation>Kan inte transformera objekt {fid} i {layer} till {crs}: {reason}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Catchments</source>
      <translation>Upptagningsområden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Change of indices between two years (test)</source>
      <translation>Förändring av index mellan två år (test)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Change over time: how areas moved between area types from one year to another, and how each municipality's ojämlikhetsindex and its population share in area types 1–2 developed when several years are loaded.</source>
      <translation>Förändring över tid: hur områden har bytt områdestyp från ett år till ett annat, och hur varje kommuns ojämlikhetsindex och befolkningsandel i områdestyp 1–2 har utvecklats när flera år finns inlästa.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Change per region</source>
      <translation>Förändring per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Chart</source>
      <translation>Diagram</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Choose a numeric field to show.</source>
      <translation>Välj ett numeriskt fält att visa.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Choose at least one field to aggregate (sum, mean, ratio, minimum or maximum).</source>
      <translation>Välj minst ett fält att aggregera (summa, medelvärde, kvot, minimum eller maximum).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Choose at least one index.</source>
      <translation>Välj minst ett index.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Choose at least one of: stops, a GTFS stops.txt, lines.</source>
      <translation>Välj minst ett av: hållplatser, en GTFS-fil stops.txt, linjer.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Choose at least two group fields.</source>
      <translation>Välj minst två gruppfält.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Choose how units are assigned: a target code field, a crosswalk, or a layer of target polygons.</source>
      <translation>Välj hur enheterna tilldelas: ett fält med målområdets kod, en kopplingstabell eller ett lager med målpolygoner.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Choose stops, a GTFS stops.txt or lines.</source>
      <translation>Välj hållplatser, en GTFS stops.txt eller linjer.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Choose the DeSO/RegSO code field (CODE_FIELD) or a region field: no field named like desokod or regsokod was found in {layer}.</source>
      <translation>Välj fältet med DeSO-/RegSO-kod (CODE_FIELD) eller ett regionfält: inget fält med ett namn som desokod eller regsokod hittades i {layer}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Choose the area code field that matches the two layers.</source>
      <translation>Välj det områdeskodfält som matchar de två lagren.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Choose the area code field.</source>
      <translation>Välj fältet med områdeskoden.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Choose the area code that matches the layers.</source>
      <translation>Välj områdeskoden som kopplar ihop lagren.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Choose the area type field: no field named like area_type or omradestyp was found in {layer}.</source>
      <translation>Välj fältet med områdestyp: inget fält med ett namn som area_type eller omradestyp hittades i {layer}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Choose the area-type field.</source>
      <translation>Välj fältet med områdestyp.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Choose the area-type fields of both years.</source>
      <translation>Välj fälten med områdestyp för båda åren.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Choose the field that names the regions.</source>
      <translation>Välj fältet som anger regionerna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Choose the folder for the reports.</source>
      <translation>Välj mappen för rapporterna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Choose the layer of year B.</source>
      <translation>Välj lagret för år B.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Choose the layer with group counts per year.</source>
      <translation>Välj lagret med antal per grupp och år.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Choose the layer with the area boundaries.</source>
      <translation>Välj lagret med områdesgränserna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Choose the layer with the area types.</source>
      <translation>Välj lagret med områdestyperna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Choose the layer with the areas.</source>
      <translation>Välj lagret med områdena.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Choose the layer with the group counts.</source>
      <translation>Välj lagret med antal per grupp.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Choose the population field of the areas.</source>
      <translation>Välj områdenas befolkningsfält.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Choose the population field.</source>
      <translation>Välj befolkningsfältet.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Choose the reference layer.</source>
      <translation>Välj referenslagret.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Choose the region code field of the boundaries.</source>
      <translation>Välj fältet med regionkod i gränslagret.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Choose the statistics file.</source>
      <translation>Välj statistikfilen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Choose the target areas to aggregate to.</source>
      <translation>Välj målområdena att summera till.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Choose the three indicator fields V1, V2 and V3, or an index field.</source>
      <translation>Välj de tre indikatorfälten V1, V2 och V3, eller ett indexfält.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Choose the three indicator fields V1, V2 and V3.</source>
      <translation>Välj de tre indikatorfälten V1, V2 och V3.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Choose two different area-type fields.</source>
      <translation>Välj två olika fält med områdestyp.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Classes</source>
      <translation>Klasser</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Classifies areas into SCB's five area types (områdestyper) by the socioeconomic index (V1 + V2 + V3) / 3, in standard deviations from the reference mean. Types 1 and 2 are areas with socioeconomic challenges.</source>
      <translation>Delar in områden i SCB:s fem områdestyper efter det socioekonomiska indexet (V1 + V2 + V3) / 3, mätt i standardavvikelser från referensens medelvärde. Typ 1 och 2 är områden med socioekonomiska utmaningar.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/regions.py" />
      <source>Code '{code}' of feature {feature} does not start with a {width}-digit {what} code; {count} feature(s) affected.</source>
      <translation>Koden '{code}' för objekt {feature} börjar inte med en {width}-siffrig kod för {what}; {count} objekt berörs.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Code field of the areas (default: detected)</source>
      <translation>Kodfält i områdena (standard: identifieras automatiskt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Code field of the areas used</source>
      <translation>Använt kodfält i områdena</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Code field of the areas: {field} (matches the table best).</source>
      <translation>Kodfält i områdena: {field} (stämmer bäst med tabellen).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Code field of the table</source>
      <translation>Kodfält i tabellen</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Codes</source>
      <translation>Koder</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Combined flag</source>
      <translation>Kombinerad flagga</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Compare (high-income) group among year A's fields</source>
      <translation>Jämförelsegrupp (höginkomst) bland fälten för år A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Compare group (high-income group; default the last)</source>
      <translation>Jämförelsegrupp (höginkomstgrupp; standard: den sista)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Composition and flags per region</source>
      <translation>Sammansättning och flaggor per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Composition and flags per region (output of regionflags; optional)</source>
      <translation>Sammansättning och flaggor per region (resultat från regionflags; valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Compute the time series</source>
      <translation>Beräkna tidsserien</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Computes SCB's and Delmos' socioeconomic index per area and cuts it into the five area types (områdestyper).

Index = (V1 + V2 + V3) / 3, where V1 is the share (%) with low economic standard, V2 the share aged 20-64 with at most förgymnasial education and V3 the share aged 20-64 with long-term social assistance and/or unemployment. Type 1: index &gt;= mean + 2 SD; type 2: &gt;= mean + SD; type 3: &gt;= mean; type 4: &gt;= mean - SD; type 5: below. Types 1-2 are 'areas with socioeconomic challenges'.

Reference: the official types use all 3 363 RegSO of Sweden. Classifying one municipality against its own mean gives local types, and the log says so; give the national mean and SD (or a national layer) to classify against Sweden.

Defaults: unweighted mean and sample SD (ddof=1) over areas. Instead of V1-V3 you can give your own indicator fields with directions, weights and z-score standardisation, or an existing index field.

Missing values (NULL, '..') leave an area unclassified with a note. Source: SCB, Statistikdatabasen, 'Socioekonomiskt index och områdestyp', footnotes.</source>
      <translation>Beräknar SCB:s och Delmos socioekonomiska index per område och delar in det i de fem områdestyperna.

Index = (V1 + V2 + V3) / 3, där V1 är andelen (%) med låg ekonomisk standard, V2 andelen 20-64 år med högst förgymnasial utbildning och V3 andelen 20-64 år med långvarigt ekonomiskt bistånd och/eller långvarig arbetslöshet. Typ 1: index &gt;= medelvärdet + 2 SD; typ 2: &gt;= medelvärdet + SD; typ 3: &gt;= medelvärdet; typ 4: &gt;= medelvärdet - SD; typ 5: lägre. Typ 1-2 är 'områden med socioekonomiska utmaningar'.

Referens: de officiella typerna bygger på alla 3 363 RegSO i Sverige. Om en kommun klassificeras mot sitt eget medelvärde blir typerna lokala, och det står i loggen; ange nationellt medelvärde och SD (eller ett nationellt lager) för att klassificera mot Sverige.

Standard: oviktat medelvärde och stickprovets standardavvikelse (ddof=1) över områdena. I stället för V1-V3 kan du ange egna indikatorfält med riktningar, vikter och standardisering till z-värden, eller ett befintligt indexfält.

Saknade värden (NULL, '..') gör att ett område inte klassificeras, med en notering. Källa: SCB, Statistikdatabasen, 'Socioekonomiskt index och områdestyp', fotnoter.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Computes segregation indices per region (municipality, county, the whole layer or a field) from counts of mutually exclusive groups per unit (DeSO, RegSO, grid cells, your own areas), e.g. persons per national income quintile Q1..Q5.

Ojämlikhetsindex (Delmos): the percentage of the low-income group (COMPARE_GROUP is the high-income group) that would have to move to be spread like the high-income group, 100 x 1/2 sum |L_i/L - H_i/H|. Computed with your units and groups; Delmos' exact units and income concept are not public in detail. National figures for orientation: 27 % (1990), 41 % (2018).

Single-group indices (focus group vs the rest of the total, or vs the compare group when 'two-group' is ticked): dissimilarity, Gini, information theory H, isolation, exposure, Atkinson (parameter b). Multigroup: dissimilarity (Reardon-Firebaugh), information theory, Gini, relative diversity, normalised exposure. Definitions as in PySAL segregation (Massey &amp; Denton 1988; Reardon &amp; Firebaugh 2002).

Units with zero population are dropped (counted in n_units_empty). A region with fewer than 2 populated units, or a group with zero total, gets NULL with a note.

PERMUTATIONS &gt; 0 adds p-values (*_p) from a seeded random-labelling test for D, H and the ojämlikhetsindex.</source>
      <translation>Beräknar segregationsindex per region (kommun, län, hela lagret eller ett fält) från antal i ömsesidigt uteslutande grupper per enhet (DeSO, RegSO, rutor, egna områden), t.ex. personer per nationell inkomstkvintil Q1..Q5.

Ojämlikhetsindex (Delmos): den andel i procent av låginkomstgruppen (COMPARE_GROUP är höginkomstgruppen) som skulle behöva flytta för att vara fördelad som höginkomstgruppen, 100 x 1/2 sum |L_i/L - H_i/H|. Beräknas med dina enheter och grupper; Delmos exakta enheter och inkomstbegrepp är inte offentliga i detalj. Nationella värden som riktmärke: 27 % (1990), 41 % (2018).

Engruppsindex (fokusgruppen mot resten av totalen, eller mot jämförelsegruppen när 'tvågruppsform' är ikryssat): olikhetsindex, segregations-Gini, informationsteoretiskt index H, isoleringsindex, exponeringsindex, Atkinsonindex (parameter b). Flergruppsindex: olikhetsindex (Reardon-Firebaugh), informationsteoretiskt index, Gini, relativ diversitet, normaliserat exponeringsindex. Definitioner enligt PySAL segregation (Massey &amp; Denton 1988; Reardon &amp; Firebaugh 2002).

Enheter utan befolkning tas bort (räknas i n_units_empty). En region med färre än 2 befolkade enheter, eller en grupp med totalen noll, får NULL med en notering.

PERMUTATIONS &gt; 0 lägger till p-värden (*_p) från ett permutationstest med slumpmässig ometikettering och slumpfrö för D, H och ojämlikhetsindex.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Computing the catchments</source>
      <translation>Beräknar upptagningsområdena</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Computing the indices</source>
      <translation>Beräknar indexen</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Copies the sample data to a folder in your QGIS profile and adds its layers.</source>
      <translation>Kopierar exempeldata till en mapp i din QGIS-profil och lägger till lagren.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Copy from the unit with the largest part (e.g. kommunnamn)</source>
      <translation>Kopiera från enheten med störst del (t.ex. kommunnamn)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Could not open {file} as a layer.</source>
      <translation>Kunde inte öppna {file} som ett lager.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/layers.py" />
      <source>Could not write feature {fid}.</source>
      <translation>Kunde inte skriva objekt {fid}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Could not write {file}: {error}</source>
      <translation>Kunde inte skriva {file}: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Could not write {path}: {error}</source>
      <translation>Kunde inte skriva {path}: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Counting the transitions</source>
      <translation>Räknar bytena av områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Counts must be a table of units x groups.</source>
      <translation>Antalen måste vara en tabell med enheter x grupper.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>County</source>
      <translation>Län</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>County (from code)</source>
      <translation>Län (från kod)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>County (from the area code)</source>
      <translation>Län (från områdeskoden)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>County {code}</source>
      <translation>Län {code}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Coverage by scenario and area type</source>
      <translation>Täckning per scenario och områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Covered</source>
      <translation>Inom räckhåll</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Covered population</source>
      <translation>Täckt befolkning</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Covered population per scenario (JSON)</source>
      <translation>Täckt befolkning per scenario (JSON)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Covered share of the inhabitants.</source>
      <translation>Andel av invånarna inom räckhåll.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Crosswalk DeSO - RegSO (SCB's CSV file, optional)</source>
      <translation>Kopplingstabell DeSO - RegSO (SCB:s CSV-fil, valfri)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Crosswalk DeSO - RegSO (SCB's CSV file; instead of a target field)</source>
      <translation>Kopplingstabell DeSO - RegSO (SCB:s CSV-fil; i stället för ett fält med målområdets kod)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Crosswalk DeSO - RegSO as a table layer (instead of the file, optional)</source>
      <translation>Kopplingstabell DeSO - RegSO som tabellager (i stället för filen, valfri)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Crosswalk DeSO–RegSO (optional)</source>
      <translation>Koppling DeSO–RegSO (valfri)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Crosswalk from the layer {layer}.</source>
      <translation>Kopplingstabell från lagret {layer}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>D</source>
      <translation>D</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Data</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>DeSO</source>
      <translation>DeSO</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>DeSO (sample)</source>
      <translation>DeSO (exempel)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>DeSO code field of the units, for the crosswalk (default: detected)</source>
      <translation>Fält med DeSO-kod i enheterna, för kopplingstabellen (standard: identifieras automatiskt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>DeSO-level approximation (the official index is RegSO level)</source>
      <translation>Närmevärde på DeSO-nivå (det officiella indexet är på RegSO-nivå)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>DeSO/RegSO code field (default: detected)</source>
      <translation>Fält med DeSO-/RegSO-kod (standard: identifieras automatiskt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Decimal mark</source>
      <translation>Decimaltecken</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Decimal mark: '{decimal}'</source>
      <translation>Decimaltecken: '{decimal}'</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Delmos (now Boverket) screened municipalities for large challenges of socioeconomic segregation: a municipality is flagged when its ojämlikhetsindex is at least the mean plus one standard deviation and its share in area types 1 and 2 at least the mean plus 1.5 standard deviations, over the municipalities compared. A flag is a reason to look closer, not a verdict.</source>
      <translation>Delmos (numera Boverket) granskade kommuner med avseende på stora utmaningar med socioekonomisk segregation: en kommun flaggas när dess ojämlikhetsindex är minst medelvärdet plus en standardavvikelse och dess andel i områdestyp 1 och 2 minst medelvärdet plus 1,5 standardavvikelser, räknat över de kommuner som jämförs. En flagga är ett skäl att titta närmare, inte ett omdöme.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Delmos' flags: ojämlikhetsindex at least {t1} and share in area types 1+2 at least {t2} (mean + k × SD over these regions).</source>
      <translation>Delmos flaggor: ojämlikhetsindex minst {t1} och andel i områdestyp 1+2 minst {t2} (medelvärde + k × SD över dessa regioner).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/messages.py" />
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Detect from codes</source>
      <translation>Avgör utifrån koderna</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Directions must be +1 (higher is worse) or -1.</source>
      <translation>Riktningarna måste vara +1 (högre är sämre) eller -1.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Directions of own indicators: 1 = higher is worse, -1 = higher is better</source>
      <translation>Riktningar för egna indikatorer: 1 = högre är sämre, -1 = högre är bättre</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Dissimilarity D</source>
      <translation>Olikhetsindex D</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Dissimilarity index D</source>
      <translation>Olikhetsindex D</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Distance field (optional)</source>
      <translation>Avståndsfält (valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Distance field per stop/line (metres; e.g. 1000 for rail)</source>
      <translation>Avståndsfält per hållplats/linje (meter; t.ex. 1000 för spårtrafik)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Districts (sample)</source>
      <translation>Stadsdelar (exempel)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Done: indices for {n} regions.</source>
      <translation>Klart: index för {n} regioner.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Done: {names} added to the project.</source>
      <translation>Klart: {names} har lagts till i projektet.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Done: {n} areas classified; the layer “{name}” was added to the project.</source>
      <translation>Klart: {n} områden klassificerade; lagret ”{name}” har lagts till i projektet.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Done: {n} regions over {years}.</source>
      <translation>Klart: {n} regioner för {years}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Done: {n} report(s) written.</source>
      <translation>Klart: {n} rapport(er) skrivna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Done: {same} areas kept their type, {changed} changed.</source>
      <translation>Klart: {same} områden behöll sin typ, {changed} bytte typ.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Drawn over the map, e.g. the municipal boundaries.</source>
      <translation>Ritas ovanpå kartan, t.ex. kommungränserna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Draws a numeric field, e.g. a share in percent (V1-V3, the socioeconomic index) or an index per municipality, in classes on a sequential colour ramp that also reads in greyscale. Classes by natural breaks (Jenks), quantiles, round numbers or equal intervals; the legend shows the unit ('%' for shares: fields named andel_*, share_* or v1-v3, shares stored as 0-1 are shown in percent).

Processing does not change your layer: the output is a styled copy. Tick 'apply the style to the input layer itself' to restyle the input instead (only its style).</source>
      <translation>Visar ett numeriskt fält, t.ex. en andel i procent (V1-V3, det socioekonomiska indexet) eller ett index per kommun, i klasser på en sekventiell färgskala som också går att läsa i gråskala. Klasser efter naturliga brytpunkter (Jenks), kvantiler, jämna tal eller lika intervall; teckenförklaringen visar enheten ('%' för andelar: fält som heter andel_*, share_* eller v1-v3; andelar lagrade som 0-1 visas i procent).

Processing ändrar inte ditt lager: resultatet är en kopia med stil. Kryssa i 'Använd stilen på själva indatalagret' för att i stället ändra indatalagrets stil (bara stilen).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Draws any polygon layer with an area-type field in the plugin's area-type colours: for example SCB's official area types imported from Statistikdatabasen. Values may be numbers or text: '1'..'5', '1.0', 'Områdestyp 1' or SCB's labels such as 'Områden med stora socioekonomiska utmaningar'. Other values are drawn as not classified (and counted in the log).

Colours run from dark red (1, major socioeconomic challenges) to dark teal (5, very good conditions); types 1 and 2 are also hatched so that they stay apart in greyscale print, and the colours stay apart for red-green and blue-yellow colour vision deficiency. 'Outline only' draws coloured borders instead of fills, to lay over other maps. With a label field the areas are labelled with their names at scales from 1:150 000 to 1:5 000.

Processing does not change your layer: the output is a styled copy. Tick 'apply the style to the input layer itself' to restyle the input instead; that changes only its style, never its data.</source>
      <translation>Ritar valfritt polygonlager med ett fält för områdestyp i insticksprogrammets färger för områdestyper: till exempel SCB:s officiella områdestyper importerade från Statistikdatabasen. Värdena kan vara tal eller text: '1'..'5', '1.0', 'Områdestyp 1' eller SCB:s benämningar som 'Områden med stora socioekonomiska utmaningar'. Andra värden ritas som ej klassificerade (och räknas i loggen).

Färgerna går från mörkröd (1, stora socioekonomiska utmaningar) till mörkt blågrön (5, mycket goda förutsättningar); typ 1 och 2 är dessutom skrafferade så att de går att skilja åt i utskrift i gråskala, och färgerna går att skilja åt även vid nedsatt röd-grönt och blå-gult färgseende. 'Endast kontur' ritar färgade gränser i stället för fyllning, för att läggas över andra kartor. Med ett etikettfält får områdena etiketter med sina namn i skalor från 1:150 000 till 1:5 000.

Algoritmen ändrar inte ditt lager: resultatet är en kopia med stil. Kryssa i 'Använd stilen på själva indatalagret' för att i stället ändra indatalagrets stil; det ändrar bara stilen, aldrig data.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Duplicate DeSO codes in the crosswalk {file}: {codes}.</source>
      <translation>Dubbla DeSO-koder i kopplingstabellen {file}: {codes}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Duplicate codes</source>
      <translation>Dubbla koder</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Duplicate columns for the same year in {file}: {columns}.</source>
      <translation>Dubbla kolumner för samma år i {file}: {columns}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Duplicate rows for the same region in {file}: {rows}.</source>
      <translation>Dubbla rader för samma region i {file}: {rows}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Each area gets a socioeconomic index: the mean of three shares, namely residents with low economic standard, residents aged 20-64 with at most compulsory (förgymnasial) education, and residents aged 20-64 with long-term social assistance or unemployment. Areas are sorted into five types by how many standard deviations their index lies above or below the reference mean. Types 1 and 2 are areas with socioeconomic challenges; type 5 areas have very good conditions. The type describes the area, not the people who live there.</source>
      <translation>Varje område får ett socioekonomiskt index: medelvärdet av tre andelar, nämligen invånare med låg ekonomisk standard, invånare 20-64 år med högst förgymnasial utbildning och invånare 20-64 år med långvarigt ekonomiskt bistånd eller långvarig arbetslöshet. Områdena delas in i fem typer efter hur många standardavvikelser deras index ligger över eller under referensens medelvärde. Typ 1 och 2 är områden med socioekonomiska utmaningar; områden av typ 5 har mycket goda socioekonomiska förutsättningar. Typen beskriver området, inte de människor som bor där.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Each scenario includes the stops and lines of the base scenario {base}.</source>
      <translation>Varje scenario omfattar hållplatserna och linjerna i basscenariot {base}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Each value is a scenario, e.g. befintlig/planerad.</source>
      <translation>Varje värde är ett scenario, t.ex. befintlig/planerad.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Either flag (OR)</source>
      <translation>Någon av flaggorna (OR)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Encoding</source>
      <translation>Teckenkodning</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Encoding {encoding}, separator {separator}, decimal mark '{decimal}', layout {layout}, header on line {line}.</source>
      <translation>Teckenkodning {encoding}, avgränsare {separator}, decimaltecken '{decimal}', tabellform {layout}, rubrikrad på rad {line}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Encoding: {encoding}</source>
      <translation>Teckenkodning: {encoding}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Equal intervals</source>
      <translation>Lika intervall</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Equity ratio per scenario (JSON)</source>
      <translation>Jämlikhetskvot per scenario (JSON)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Equity ratio: coverage in area types 1–2 divided by coverage in types 4–5 (above 1: areas with socioeconomic challenges are better served).</source>
      <translation>Jämlikhetskvot: täckningen i områdestyp 1–2 delad med täckningen i typ 4–5 (över 1: områden med socioekonomiska utmaningar har bättre tillgång).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/styling.py" />
      <source>Existing</source>
      <translation>Befintlig</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Existing index</source>
      <translation>Befintligt index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Existing index field (instead of V1-V3)</source>
      <translation>Befintligt indexfält (i stället för V1-V3)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Exposure</source>
      <translation>Exponering</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Exposure index</source>
      <translation>Exponeringsindex</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Exposure xPy*</source>
      <translation>Exponeringsindex xPy*</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/runcontrols.py" />
      <source>Failed ({step}): {error}</source>
      <translation>Misslyckades ({step}): {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Failed: {error}</source>
      <translation>Misslyckades: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>Feature {fid} of layer {layer} could not be reprojected from {crs} to {work}: are its coordinates really in {crs}? {error}</source>
      <translation>Objekt {fid} i lagret {layer} kunde inte projiceras om från {crs} till {work}: är dess koordinater verkligen i {crs}? {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Fictional data (sample county Exempellän).</source>
      <translation>Fiktiva data (exempellänet Exempellän).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Field to show</source>
      <translation>Fält att visa</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Field {field} looks like fractions (all values are at most 1), not percentages. Tick 'indicators are fractions' to multiply by 100.</source>
      <translation>Fältet {field} ser ut att innehålla andelar (alla värden är högst 1), inte procent. Kryssa i 'Indikatorerna är andelar' för att multiplicera med 100.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Field {field}: value {value} of feature {feature} is outside 0-100 (indicators are percentages); {count} feature(s) affected.</source>
      <translation>Fältet {field}: värdet {value} för objekt {feature} ligger utanför 0-100 (indikatorerna är procent); {count} objekt berörs.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/layers.py" />
      <source>Field(s) not found in layer {layer}: {fields}</source>
      <translation>Fält som saknas i lagret {layer}: {fields}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Fields named with a year are found by themselves: income groups such as q1_2022…q5_2022 or kvintil_1_2023…, area types such as area_type_2022, population such as befolkning_2023.</source>
      <translation>Fält vars namn slutar med ett år hittas automatiskt: inkomstgrupper som q1_2022…q5_2022 eller kvintil_1_2023…, områdestyper som area_type_2022 och befolkning som befolkning_2023.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Fields renamed because the areas have fields of that name: {names}</source>
      <translation>Fält som har bytt namn eftersom områdena redan har fält med det namnet: {names}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Field…</source>
      <translation>Fält…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Flag</source>
      <translation>Flagga</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Flag threshold</source>
      <translation>Flaggningsgräns</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Flagged</source>
      <translation>Flaggad</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Flagged by both of Delmos' criteria (see the text below the chart).</source>
      <translation>Flaggad enligt båda Delmos kriterier (se texten under diagrammet).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/styling.py" />
      <source>Flagged: large challenges of socioeconomic segregation</source>
      <translation>Flaggad: stora utmaningar med socioekonomisk segregation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Flagged: {regions}</source>
      <translation>Flaggade: {regions}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Flagged: {region}</source>
      <translation>Flaggad: {region}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Flags</source>
      <translation>Flaggor</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Focus (low-income) group among year A's fields</source>
      <translation>Fokusgrupp (låginkomst) bland fälten för år A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Focus group (low-income group; default the first)</source>
      <translation>Fokusgrupp (låginkomstgrupp; standard: den första)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Focus vs compare group only</source>
      <translation>Bara fokus- mot jämförelsegrupp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Folder for the copy</source>
      <translation>Mapp för kopian</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Folder for the reports</source>
      <translation>Mapp för rapporterna</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Footnotes</source>
      <translation>Fotnoter</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Footnotes:</source>
      <translation>Fotnoter:</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>From {a} to {b}, {n} areas:</source>
      <translation>Från {a} till {b}, {n} områden:</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file not found: {file}.</source>
      <translation>GTFS-filen hittades inte: {file}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file} has no stops or stations (location_type 0 or 1).</source>
      <translation>GTFS-filen {file} har inga hållplatser eller stationer (location_type 0 eller 1).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file} is empty.</source>
      <translation>GTFS-filen {file} är tom.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file} is not UTF-8 text (as GTFS requires).</source>
      <translation>GTFS-filen {file} är inte text i UTF-8 (som GTFS kräver).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file} lacks the column(s) {columns} (header: {header}).</source>
      <translation>GTFS-filen {file} saknar kolumnen/kolumnerna {columns} (rubrikrad: {header}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file}, line {line}: location_type '{value}' is not 0-4.</source>
      <translation>GTFS-filen {file}, rad {line}: location_type '{value}' är inte 0-4.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file}, line {line}: stop_id is empty.</source>
      <translation>GTFS-filen {file}, rad {line}: stop_id är tomt.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file}, line {line}: {column} '{value}' is not a number between {lo} and {hi} ({count} such line(s)).</source>
      <translation>GTFS-filen {file}, rad {line}: {column} '{value}' är inte ett tal mellan {lo} och {hi} (totalt {count} sådan(a) rad(er)).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file}, line {line}: {count} values, the header has {expected}.</source>
      <translation>GTFS-filen {file}, rad {line}: {count} värden, rubrikraden har {expected}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file}, line {line}: {error}</source>
      <translation>GTFS-filen {file}, rad {line}: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>GTFS stops (*.txt *.zip)</source>
      <translation>GTFS-hållplatser (*.txt *.zip)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>GTFS stops are in scenario '{scenario}'.</source>
      <translation>GTFS-hållplatserna ingår i scenariot '{scenario}'.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>GTFS stops.txt (optional)</source>
      <translation>GTFS stops.txt (valfri)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>GTFS stops.txt (or GTFS feed .zip)</source>
      <translation>GTFS stops.txt (eller ett GTFS-flöde som .zip)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>GTFS {file}: {count} entrance(s), node(s) or boarding area(s) (location_type 2-4) skipped.</source>
      <translation>GTFS {file}: {count} ingång(ar), nod(er) eller påstigningsområde(n) (location_type 2-4) har hoppats över.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>GTFS {file}: {count} stops and stations read (EPSG:4326).</source>
      <translation>GTFS {file}: {count} hållplatser och stationer inlästa (EPSG:4326).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Gini</source>
      <translation>Gini</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Gini {gini:.4f}; Theil T {theil:.4f} = between {b:.4f} + within {w:.4f}</source>
      <translation>Gini {gini:.4f}; Theils T {theil:.4f} = mellan {b:.4f} + inom {w:.4f}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Gini, all units</source>
      <translation>Gini, alla enheter</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Give as many group fields for year B as for year A ({n}).</source>
      <translation>Ange lika många gruppfält för år B som för år A ({n}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Give both the reference mean and SD.</source>
      <translation>Ange både referensens medelvärde och standardavvikelse.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Give one direction and one weight per indicator ({count} indicators).</source>
      <translation>Ange en riktning och en vikt per indikator ({count} indikatorer).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/inequality.py" />
      <source>Give one value per unit (a single column).</source>
      <translation>Ange ett värde per enhet (en enda kolumn).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Give the reference SD (above 0).</source>
      <translation>Ange referensens standardavvikelse (över 0).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Give {count} {what} separated by spaces or semicolons; got '{text}'.</source>
      <translation>Ange {count} {what} åtskilda med mellanslag eller semikolon; fick '{text}'.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Given mean and SD (e.g. Sweden's)</source>
      <translation>Angivet medelvärde och standardavvikelse (t.ex. Sveriges)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Given mean and standard deviation</source>
      <translation>Angivet medelvärde och standardavvikelse</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Given reference mean</source>
      <translation>Angivet referensmedelvärde</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Given reference standard deviation</source>
      <translation>Angiven referensstandardavvikelse</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>Got {got} area types for {expected} units.</source>
      <translation>Fick {got} områdestyper för {expected} enheter.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Got {got} population values for {expected} units.</source>
      <translation>Fick {got} befolkningsvärden för {expected} enheter.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Got {got} region labels for {expected} units.</source>
      <translation>Fick {got} regionbeteckningar för {expected} enheter.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Got {got} totals for {expected} units.</source>
      <translation>Fick {got} totaler för {expected} enheter.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Got {got} values for {expected} units.</source>
      <translation>Fick {got} värden för {expected} enheter.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Got {got} weights for {expected} units.</source>
      <translation>Fick {got} vikter för {expected} enheter.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Group count fields (e.g. Q1..Q5)</source>
      <translation>Fält med antal per grupp (t.ex. Q1..Q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Group count fields, year A</source>
      <translation>Fält med antal per grupp, år A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Group count fields, year B (same order)</source>
      <translation>Fält med antal per grupp, år B (samma ordning)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Groups</source>
      <translation>Grupper</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Groups (e.g. q1…q5)</source>
      <translation>Grupper (t.ex. q1…q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>H</source>
      <translation>H</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/panel.py" />
      <source>Help</source>
      <translation>Hjälp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/panel.py" />
      <source>Help on this step (opens the offline help)</source>
      <translation>Hjälp för det här steget (öppnar hjälpen, som finns lokalt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>High-income group (compare)</source>
      <translation>Höginkomstgrupp (jämförelse)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>High-income group field (e.g. Q5)</source>
      <translation>Fält för höginkomstgrupp (t.ex. Q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>How many areas, and how many people, moved from one area type to another between year A and year B: a count matrix with a row for each type in year A (0 = not classified) and a column for each type in year B, written as a table with one row per pair (from_type, to_type, areas, population, change: 1 better, 0 same, -1 worse).

Both years' types can be fields of one layer (e.g. after joining two years), or come from two layers matched by an area code field. Classify both years against comparable references, or the change reflects the reference as much as the areas.</source>
      <translation>Hur många områden, och hur många personer, som bytt från en områdestyp till en annan mellan år A och år B: en matris med en rad för varje typ år A (0 = ej klassificerad) och en kolumn för varje typ år B, skriven som en tabell med en rad per par (from_type, to_type, areas, population, change: 1 bättre, 0 samma, -1 sämre).

Årens typer kan vara fält i ett lager (t.ex. efter att två år kopplats), eller komma från två lager som matchas med ett områdeskodfält. Klassa båda åren mot jämförbara referenser, annars speglar förändringen referensen lika mycket som områdena.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>How to read the measures</source>
      <translation>Så läser du måtten</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>How unevenly the low-income and the high-income residents are spread over the areas: the percentage of the low-income group (the lowest fifth of incomes in Sweden) that would have to move to another area for both groups to be spread in the same way. 0 % means the same spread; 100 % means they never live in the same area.</source>
      <translation>Hur ojämnt invånare med låg och hög inkomst är fördelade över områdena: den andel i procent av låginkomstgruppen (den lägsta inkomstkvintilen i Sverige) som skulle behöva flytta till ett annat område för att båda grupperna ska vara fördelade på samma sätt. 0 % betyder samma fördelning; 100 % betyder att de aldrig bor i samma område.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Id or name field of the targets (for the report)</source>
      <translation>Id- eller namnfält för målområdena (för rapporten)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Import SCB statistics (Statistikdatabasen)</source>
      <translation>Importera SCB-statistik (Statistikdatabasen)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Import and join</source>
      <translation>Importera och koppla</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Importing {file}</source>
      <translation>Importerar {file}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>In {name}, nobody lives in areas with socioeconomic challenges (area types 1 and 2).</source>
      <translation>I {name} bor ingen i områden med socioekonomiska utmaningar (områdestyp 1 och 2).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>In {name}, {share} of the population ({people} people) live in areas with socioeconomic challenges (area types 1 and 2).</source>
      <translation>I {name} bor {share} av befolkningen ({people} personer) i områden med socioekonomiska utmaningar (områdestyp 1 och 2).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Income group fields for the indices, low group first (e.g. q1..q5)</source>
      <translation>Fält med inkomstgrupper för indexen, låginkomstgruppen först (t.ex. q1..q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Income groups (optional, e.g. q1…q5)</source>
      <translation>Inkomstgrupper (valfritt, t.ex. q1…q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Income inequality (Gini, Theil) per region</source>
      <translation>Inkomstojämlikhet (Gini, Theil) per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Indicators are fractions (0-1): multiply by 100</source>
      <translation>Indikatorerna är andelar (0-1): multiplicera med 100</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Indices</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Indices per region</source>
      <translation>Index per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Indices {year}</source>
      <translation>Index {year}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Inequality of a value per unit (e.g. median income per DeSO), optionally weighted by population: the Gini coefficient per region and overall, and Theil's T with its decomposition into a between-region part (how much of the inequality lies between municipalities or counties) and a within-region part (Shorrocks 1980; as PySAL inequality's Theil and TheilD). Units with a missing value are left out and counted.</source>
      <translation>Ojämlikhet i ett värde per enhet (t.ex. medianinkomst per DeSO), eventuellt viktat med befolkning: Gini-koefficienten per region och totalt, samt Theils T uppdelat i en del mellan regioner (hur stor del av ojämlikheten som finns mellan kommuner eller län) och en del inom regioner (Shorrocks 1980; som Theil och TheilD i PySAL inequality). Enheter med saknat värde utelämnas och räknas.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Inequality per region</source>
      <translation>Ojämlikhet per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Information theory H (Theil)</source>
      <translation>Informationsteoretiskt index H (Theil)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Information theory index H</source>
      <translation>Informationsteoretiskt index H</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Inhabitants (year B)</source>
      <translation>Invånare (år B)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Inhabitants of the areas of this type (from the population field).</source>
      <translation>Invånare i områdena av denna typ (från befolkningsfältet).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Inhabitants of the areas of this type.</source>
      <translation>Invånare i områdena av denna typ.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Inhabitants within reach of a stop or line of the scenario.</source>
      <translation>Invånare inom räckhåll för en hållplats eller linje i scenariot.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>Internal check failed: {what}. Please report this.</source>
      <translation>Intern kontroll misslyckades: {what}. Rapportera gärna detta.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Invalid geometries repaired in the output</source>
      <translation>Ogiltiga geometrier reparerade i resultatet</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Invalid year "{value}" on line {line}, column "{column}" of {file}.</source>
      <translation>Ogiltigt år "{value}" på rad {line}, kolumn "{column}" i {file}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Isolation</source>
      <translation>Isolering</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Isolation index</source>
      <translation>Isoleringsindex</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Isolation xPx*</source>
      <translation>Isoleringsindex xPx*</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>It must have the same indicator field names.</source>
      <translation>Lagret måste ha samma namn på indikatorfälten.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Join by</source>
      <translation>Koppla via</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Join statistics to areas</source>
      <translation>Koppla statistik till områden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Joined fields</source>
      <translation>Kopplade fält</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Joined fields:</source>
      <translation>Kopplade fält:</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Joining by names needs the same number of name fields in the areas ({left}) and in the table ({right}), e.g. kommunnamn and regsonamn / kommunnamn and area_name.</source>
      <translation>Koppling via namn kräver lika många namnfält i områdena ({left}) som i tabellen ({right}), t.ex. kommunnamn och regsonamn / kommunnamn och area_name.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Joining {file}</source>
      <translation>Kopplar {file}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Joins statistics onto an area layer (DeSO, RegSO, your own districts) and writes a new layer: every field of the areas plus one field per variable and year. Nothing in the inputs is changed.

Table: the long table from 'Import SCB statistics' (fields code, variable, year, value), or any table with one row per area (a wide table), whose fields are joined as they are. A long table is pivoted: one field per variable and year, named from the variable (ASCII, lower case, underscores, at most 63 characters) and the year, e.g. andel_med_lag_ekonomisk_standard_procent_2023. Suppressed values ('..') stay NULL.

Selections (optional): which variables and years to join, separated by semicolons: 'variable | year', a variable (all its years) or a year (all variables); default all. For a wide table: the field names to join.

Join by codes (default): the areas' code field is detected (desokod, regsokod, deso, regso, kod); the table's is 'code'. Codes are compared as text; a number field against a text field is a type conflict, reported, and numbers are padded with leading zeros to the text codes' length (kommun 114 -&gt; 0114). Join by names: municipality name and area name (e.g. kommunnamn + regsonamn against kommunnamn + area_name), compared without case, with one kind of dash and without a 'RegSO-' prefix.

Reported (log and results): matched areas, areas without statistics (UNMATCHED_FEATURES, by code), table codes that match no area (UNMATCHED_ROWS), duplicate codes and type conflicts. A long table with several values for the same code, variable and year stops with an error; a wide table with duplicate codes uses the first row.

Source of the statistics: SCB, Statistikdatabasen (statistikdatabasen.scb.se).</source>
      <translation>Kopplar statistik till ett områdeslager (DeSO, RegSO, egna stadsdelar) och skriver ett nytt lager: alla fält i områdena plus ett fält per variabel och år. Inget i indata ändras.

Tabell: den långa tabellen från 'Importera SCB-statistik' (fälten code, variable, year, value), eller en tabell med en rad per område (en bred tabell), vars fält kopplas som de är. En lång tabell pivoteras: ett fält per variabel och år, med namn efter variabeln (ASCII, gemener, understreck, högst 63 tecken) och året, t.ex. andel_med_lag_ekonomisk_standard_procent_2023. Undertryckta värden ('..') förblir NULL.

Urval (valfritt): vilka variabler och år som ska kopplas, åtskilda med semikolon: 'variabel | år', en variabel (alla dess år) eller ett år (alla variabler); standard är alla. För en bred tabell: namnen på de fält som ska kopplas.

Koppling via koder (standard): områdenas kodfält identifieras automatiskt (desokod, regsokod, deso, regso, kod); tabellens är 'code'. Koder jämförs som text; ett talfält mot ett textfält är en typkonflikt, som rapporteras, och talen fylls ut med inledande nollor till textkodernas längd (kommun 114 -&gt; 0114). Koppling via namn: kommunnamn och områdesnamn (t.ex. kommunnamn + regsonamn mot kommunnamn + area_name), jämförda utan hänsyn till versaler och gemener, med ett enda slags bindestreck och utan prefixet 'RegSO-'.

Rapporteras (logg och resultat): kopplade områden, områden utan statistik (UNMATCHED_FEATURES, per kod), tabellkoder som inte motsvarar något område (UNMATCHED_ROWS), dubbla koder och typkonflikter. En lång tabell med flera värden för samma kod, variabel och år stoppar algoritmen med ett fel; för en bred tabell med dubbla koder används den första raden.

Statistikkälla: SCB, Statistikdatabasen (statistikdatabasen.scb.se).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Label the areas with this field (optional)</source>
      <translation>Etikettera områdena med detta fält (valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Largest overlap: each unit wholly to the target covering most of it</source>
      <translation>Största överlappning: varje enhet helt till det målområde som täcker störst del av den</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Layer</source>
      <translation>Lager</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Layer in {file}</source>
      <translation>Lager i {file}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>Layer {layer} has no coordinate reference system while the areas do (or the other way round). Set the layer's CRS (Layer Properties &gt; Source) first.</source>
      <translation>Lagret {layer} saknar koordinatreferenssystem men områdena har ett (eller tvärtom). Ange först lagrets koordinatreferenssystem (Lageregenskaper &gt; Källa).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Layer {layer} has no features.</source>
      <translation>Lagret {layer} har inga objekt.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Layer {layer} has no field {field}: all its features use {distance} m.</source>
      <translation>Lagret {layer} har inget fält {field}: alla dess objekt använder {distance} m.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>Layer {layer} is reprojected from {crs} to {work}.</source>
      <translation>Lagret {layer} projiceras om från {crs} till {work}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/layers.py" />
      <source>Layer {layer}, field {field}: value '{value}' of feature {fid} is not a number ({count} such value(s)).</source>
      <translation>Lagret {layer}, fältet {field}: värdet '{value}' för objekt {fid} är inte ett tal (totalt {count} sådan(a) värde(n)).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Layer {layer}: {count} catchment buffer(s).</source>
      <translation>Lagret {layer}: {count} buffertzon(er) för upptagningsområden.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Layer {layer}: {count} feature(s) with NULL {field} use {distance} m.</source>
      <translation>Lagret {layer}: {count} objekt med NULL i {field} använder {distance} m.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Layer {layer}: {count} feature(s) without geometry skipped.</source>
      <translation>Lagret {layer}: {count} objekt utan geometri har hoppats över.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Layers</source>
      <translation>Lager</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Layout</source>
      <translation>Tabellform</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Layouts added</source>
      <translation>Tillagda layouter</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Leave empty for a temporary layer.</source>
      <translation>Lämna tomt för ett tillfälligt lager.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Line {line} of {file} has {found} fields; the header on line {header_line} has {expected}.</source>
      <translation>Rad {line} i {file} har {found} fält; rubrikraden på rad {header_line} har {expected}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Lines</source>
      <translation>Linjer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Lines (optional)</source>
      <translation>Linjer (valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Load data</source>
      <translation>Läs in data</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Load sample data (Exempellän)</source>
      <translation>Läs in exempeldata (Exempellän)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" />
      <source>Load sample data (Exempellän)…</source>
      <translation>Läs in exempeldata (Exempellän)…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Loaded {label}: {n} features</source>
      <translation>Inläst {label}: {n} objekt</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Loading the sample data…</source>
      <translation>Läser in exempeldata…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Low-income group (focus)</source>
      <translation>Låginkomstgrupp (fokus)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Low-income group field (e.g. Q1) for the ojämlikhetsindex</source>
      <translation>Fält för låginkomstgrupp (t.ex. Q1) för ojämlikhetsindex</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Made with the QGIS plugin Segregation · {date}</source>
      <translation>Skapad med QGIS-insticksprogrammet Segregation · {date}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Makes a two-page report per municipality (or county, or value of a region field) from the output of 'Socioeconomic index and area types': a map of the area types with legend, scale bar, north arrow and source line, a table of areas and population per area type, the segregation measures with Delmos' flags, a short plain-language explanation of each measure, the method choices and the date. Each report is written as a PDF and a PNG per page into the output folder.

Measures: from an 'Area-type composition and flags per region' table and/or a 'Segregation indices per region' table when given; otherwise computed here from income group fields (e.g. q1..q5: the first is the low-income group, the last the high-income group), with flags over the regions of the input layer.

With 'add the layouts to the project' each report also becomes a print layout in the project (Project &gt; Layouts) that you can edit and print again; its map layers are stored in a GeoPackage in the output folder and added to the project in a hidden group.</source>
      <translation>Skapar en rapport på två sidor per kommun (eller län, eller värde i ett regionfält) utifrån resultatet av 'Socioekonomiskt index och områdestyper': en karta över områdestyperna med teckenförklaring, skalstock, norrpil och källrad, en tabell över områden och befolkning per områdestyp, segregationsmåtten med Delmos flaggor, en kort förklaring på vardagsspråk av varje mått, metodvalen och datum. Varje rapport skrivs som en PDF och en PNG per sida till utdatamappen.

Mått: från en tabell från 'Områdestypernas sammansättning och flaggor per region' och/eller en tabell från 'Segregationsindex per region' när sådana anges; annars beräknas de här från fält med inkomstgrupper (t.ex. q1..q5: det första är låginkomstgruppen, det sista höginkomstgruppen), med flaggor över regionerna i indatalagret.

Med 'Lägg till layouterna i projektet' blir varje rapport också en utskriftslayout i projektet (Projekt &gt; Layouter) som du kan redigera och skriva ut igen; dess kartlager sparas i en GeoPackage i utdatamappen och läggs till i projektet i en dold grupp.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Maps and reports</source>
      <translation>Kartor och rapporter</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Maximum (fields *_max)</source>
      <translation>Maximum (fält *_max)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Mean</source>
      <translation>Medelvärde</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Mean of the regions: {value}</source>
      <translation>Medelvärde för regionerna: {value}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Mean {mean:.4f}, SD {std:.4f}, n = {n}</source>
      <translation>Medelvärde {mean:.4f}, SD {std:.4f}, n = {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Measure</source>
      <translation>Mått</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Method</source>
      <translation>Metod</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Method and data</source>
      <translation>Metod och data</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Method: euclidean buffers ({distance} m unless a distance field says otherwise; network distance not modelled), {method}.</source>
      <translation>Metod: euklidiska buffertzoner ({distance} m om inte ett avståndsfält anger annat; avstånd längs gång- och vägnät modelleras inte), {method}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Minimum (fields *_min)</source>
      <translation>Minimum (fält *_min)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Mixed separators in {file}: the table uses {separator} but line {line} uses {other}.</source>
      <translation>Blandade avgränsare i {file}: tabellen använder {separator} men rad {line} använder {other}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Multigroup D</source>
      <translation>Flergrupps-D</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Multigroup Gini</source>
      <translation>Gini för flera grupper</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Multigroup dissimilarity</source>
      <translation>Olikhetsindex för flera grupper</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Multigroup information theory</source>
      <translation>Informationsteoretiskt index för flera grupper</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Multigroup information theory index</source>
      <translation>Informationsteoretiskt index för flera grupper</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Municipalities (sample)</source>
      <translation>Kommuner (exempel)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Municipality</source>
      <translation>Kommun</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Municipality (from code)</source>
      <translation>Kommun (från kod)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Municipality (from the area code)</source>
      <translation>Kommun (från områdeskoden)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Municipality or county</source>
      <translation>Kommun eller län</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Municipality {code}</source>
      <translation>Kommun {code}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Name fields of the areas (default: kommunnamn and the area name)</source>
      <translation>Namnfält i områdena (standard: kommunnamn och områdesnamnet)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Name fields of the table (default: kommunnamn and area_name)</source>
      <translation>Namnfält i tabellen (standard: kommunnamn och area_name)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Names (municipality name and area name)</source>
      <translation>Namn (kommunnamn och områdesnamn)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Natural breaks (Jenks)</source>
      <translation>Naturliga brytpunkter (Jenks)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Next: area types</source>
      <translation>Nästa: områdestyper</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>No DeSO code field found in {layer} for the crosswalk (looked for {hints}); choose it.</source>
      <translation>Inget fält med DeSO-kod för kopplingstabellen hittades i {layer} (sökte efter {hints}); välj det.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>No area has a geometry.</source>
      <translation>Inget område har någon geometri.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>No area types for {years}.</source>
      <translation>Inga områdestyper för {years}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>No area-type fields with years (e.g. area_type_2022) in this layer.</source>
      <translation>Lagret har inga fält med områdestyp per år (t.ex. area_type_2022).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>No boundary for region(s): {regions}</source>
      <translation>Ingen gräns för region(er): {regions}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>No code field found in {layer} (looked for {hints}); choose the areas' code field.</source>
      <translation>Inget kodfält hittades i {layer} (sökte efter {hints}); välj områdenas kodfält.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>No equity ratio: field {field} needs areas of types 1-2 and 4-5 with residents, and coverage in types 4-5 (see segregation:areatypes).</source>
      <translation>Ingen jämlikhetskvot: fältet {field} behöver områden av typ 1-2 och 4-5 med invånare, och täckning i typ 4-5 (se segregation:areatypes).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>No flags: they compare regions with each other, and at least two regions with values are needed.</source>
      <translation>Inga flaggor: de jämför regioner med varandra, och det behövs minst två regioner med värden.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>No group fields with years (e.g. q1_2022) found.</source>
      <translation>Hittade inga gruppfält med år (t.ex. q1_2022).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>No low/high group fields: only the area-type flag is computed.</source>
      <translation>Inga fält för låg- och höginkomstgrupp: bara flaggan för områdestyper beräknas.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>No municipality codes found in {field}.</source>
      <translation>Hittade inga kommunkoder i {field}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>No stop or line has a scenario value in field {field}.</source>
      <translation>Ingen hållplats eller linje har ett scenariovärde i fältet {field}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>No stops or lines with a geometry: there is no catchment to compute.</source>
      <translation>Inga hållplatser eller linjer med geometri: det finns inget upptagningsområde att beräkna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/styling.py" />
      <source>No value</source>
      <translation>Inget värde</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>No values for variable "{variable}" and year {year} in the table.</source>
      <translation>Inga värden för variabeln "{variable}" och år {year} i tabellen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>No weight field: the means are unweighted means over units (or area parts).</source>
      <translation>Inget viktfält: medelvärdena är oviktade medelvärden över enheter (eller delar av enheter).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>No year in the header of {file} (line {line}: {header}); expected year columns such as 2022 or a time column such as år.</source>
      <translation>Inget år i rubrikraden i {file} (rad {line}: {header}); förväntade årskolumner som 2022 eller en tidskolumn som år.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Non-numeric value "{value}" on line {line}, column "{column}" of {file}; only numbers and the missing-value codes . .. ... : are allowed.</source>
      <translation>Icke-numeriskt värde "{value}" på rad {line}, kolumn "{column}" i {file}; bara tal och koderna för saknade värden . .. ... : är tillåtna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>None</source>
      <translation>Inga</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Normalised exposure</source>
      <translation>Normaliserat exponeringsindex</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Normalized exposure</source>
      <translation>Normaliserat exponeringsindex</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Not classified</source>
      <translation>Ej klassificerad</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Number of areas of this type.</source>
      <translation>Antal områden av denna typ.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Number of classes</source>
      <translation>Antal klasser</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Number of {unit} by area type</source>
      <translation>Antal {unit} per områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Ojämlikhetsindex (%)</source>
      <translation>Ojämlikhetsindex (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Ojämlikhetsindex (Delmos)</source>
      <translation>Ojämlikhetsindex (Delmos)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Ojämlikhetsindex (Delmos), %</source>
      <translation>Ojämlikhetsindex (Delmos), %</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Ojämlikhetsindex flag: mean + k x SD, k =</source>
      <translation>Flagga för ojämlikhetsindex: medelvärdet + k x SD, k =</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>One report per (from the area code)</source>
      <translation>En rapport per (från områdeskoden)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Only the areas of one municipality or county (a copy; your layer is unchanged).</source>
      <translation>Bara områdena i en kommun eller ett län (en kopia; ert lager ändras inte).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Open</source>
      <translation>Öppna</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Open folder</source>
      <translation>Öppna mappen</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" />
      <source>Open the Segregation panel</source>
      <translation>Öppna panelen Segregation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Open the chosen PDF in your PDF reader.</source>
      <translation>Öppna den valda PDF-filen i din PDF-läsare.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Optional: areas with an area-type field per year, for the share in types 1–2.</source>
      <translation>Valfritt: områden med ett fält med områdestyp per år, för andelen i typ 1–2.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Optional: inhabitants in year B, to count people as well as areas.</source>
      <translation>Valfritt: invånare år B, för att räkna personer och inte bara områden.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Optional: lines whose whole length is within reach.</source>
      <translation>Valfritt: linjer som nås längs hela sin längd.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Optional: the number of inhabitants, for the population share per area type.</source>
      <translation>Valfritt: antal invånare, för befolkningsandelen per områdestyp.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Options</source>
      <translation>Alternativ</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Other areas</source>
      <translation>Andra områden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Outline only (coloured borders, no fill)</source>
      <translation>Endast kontur (färgade gränser, ingen fyllning)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Output of 'Area-type composition and flags per region'.</source>
      <translation>Resultatet av ”Områdestypernas sammansättning och flaggor per region”.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Output of 'Segregation indices per region'.</source>
      <translation>Resultatet av ”Segregationsindex per region”.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Own index</source>
      <translation>Eget index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Own indicator fields (instead of V1-V3)</source>
      <translation>Egna indikatorfält (i stället för V1-V3)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>PDF files</source>
      <translation>PDF-filer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>PNG files</source>
      <translation>PNG-filer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Page {page} of {pages}</source>
      <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Per region (municipality, county, whole layer or a field): population and share of population in each area type (områdestyp 1-5 and not classified), the share in types 1+2 (areas with socioeconomic challenges), the number of units per type and, with low- and high-income group fields, the ojämlikhetsindex.

Flags, after Delmos' selection of municipalities with large challenges of socioeconomic segregation: ojämlikhetsindex &gt;= mean + k1 x SD (k1 = 1.0) and share of population in types 1+2 &gt;= mean + k2 x SD (k2 = 1.5), mean and SD over the regions in the run (unweighted by default). Each flag is its own field; the combined flag uses the AND or OR rule. Compare against the whole country by running it on all of Sweden's units.</source>
      <translation>Per region (kommun, län, hela lagret eller ett fält): befolkning och befolkningsandel i varje områdestyp (områdestyp 1-5 och ej klassificerad), andelen i typ 1+2 (områden med socioekonomiska utmaningar), antalet enheter per typ och, med fält för låg- och höginkomstgrupp, ojämlikhetsindex.

Flaggor, efter Delmos urval av kommuner med stora utmaningar med socioekonomisk segregation: ojämlikhetsindex &gt;= medelvärdet + k1 x SD (k1 = 1.0) och befolkningsandel i typ 1+2 &gt;= medelvärdet + k2 x SD (k2 = 1.5), med medelvärde och SD över regionerna i körningen (oviktat som standard). Varje flagga är ett eget fält; den kombinerade flaggan använder regeln AND eller OR. Jämför med hela landet genom att köra algoritmen på alla Sveriges enheter.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Permutation test with {n} draws…</source>
      <translation>Permutationstest med {n} dragningar…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Permutations</source>
      <translation>Permutationer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Permutations for p-values</source>
      <translation>Permutationer för p-värden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Permutations for p-values (0 = off)</source>
      <translation>Permutationer för p-värden (0 = av)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Persons per income group, lowest first (e.g. q1…q5): the ojämlikhetsindex and the other indices are computed from them when no indices table is given.</source>
      <translation>Personer per inkomstgrupp, lägsta först (t.ex. q1…q5): ojämlikhetsindex och de andra indexen beräknas från dem när ingen indextabell anges.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/styling.py" />
      <source>Planned</source>
      <translation>Planerad</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Point on surface: each unit wholly to the target containing its inner point</source>
      <translation>Punkt på yta: varje enhet helt till det målområde som innehåller dess inre punkt</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Population</source>
      <translation>Befolkning</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Population (optional)</source>
      <translation>Befolkning (valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Population (optional, year B)</source>
      <translation>Befolkning (valfritt, år B)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Population (weight)</source>
      <translation>Befolkning (vikt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Population SD (ddof=0)</source>
      <translation>Populationens standardavvikelse (ddof=0)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Population by area type</source>
      <translation>Befolkning per områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Population field</source>
      <translation>Befolkningsfält</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>Population field '{field}' is NULL or not a number in {count} area(s): {examples}. Enter 0 for areas without residents.</source>
      <translation>Befolkningsfältet '{field}' är NULL eller inte ett tal i {count} område(n): {examples}. Ange 0 för områden utan invånare.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>Population field '{field}' is negative in {count} area(s): {examples}.</source>
      <translation>Befolkningsfältet '{field}' är negativt i {count} område(n): {examples}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Population field (year B)</source>
      <translation>Befolkningsfält (år B)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Population field for a weighted mean and SD</source>
      <translation>Befolkningsfält för viktat medelvärde och standardavvikelse</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Population per scenario (JSON)</source>
      <translation>Befolkning per scenario (JSON)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Population per year: {fields}.</source>
      <translation>Befolkning per år: {fields}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Population share in area types 1–2 (%)</source>
      <translation>Andel av befolkningen i områdestyp 1–2 (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Population within reach of transit (catchments)</source>
      <translation>Befolkning inom räckhåll för kollektivtrafik (upptagningsområden)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Population-weighted mean and SD</source>
      <translation>Befolkningsviktat medelvärde och standardavvikelse</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Preview of {file}</source>
      <translation>Förhandsvisning av {file}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Preview of {file}:</source>
      <translation>Förhandsvisning av {file}:</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Project ▸ Layouts: edit the reports and print them again.</source>
      <translation>Projekt ▸ Layouter: redigera rapporterna och skriv ut dem igen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Quantiles (equal count)</source>
      <translation>Kvantiler (lika många i varje)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Random relabellings for p-values (0 = none; 999 gives stable p-values).</source>
      <translation>Slumpmässiga omfördelningar för p-värden (0 = inga; 999 ger stabila p-värden).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Random seed</source>
      <translation>Slumpfrö</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Ratios from summed counts (name=numerator/denominator*100; ...)</source>
      <translation>Kvoter från summerade antal (namn=täljare/nämnare*100; ...)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Read {rows} row(s) for {regions} region(s), year(s) {years}: {values} value(s) in the long table, {suppressed} suppressed or missing (NULL, symbol in flag).</source>
      <translation>Läste {rows} rad(er) för {regions} region(er), år {years}: {values} värde(n) i den långa tabellen, {suppressed} undertryckta eller saknade (NULL, symbolen i flag).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Reading the Excel file {file} needs the Python package openpyxl, which is not installed; install openpyxl or export the table as CSV.</source>
      <translation>För att läsa Excelfilen {file} behövs Pythonpaketet openpyxl, som inte är installerat; installera openpyxl eller exportera tabellen som CSV.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Reading {file}…</source>
      <translation>Läser {file}…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Reads a table exported from SCB's Statistikdatabasen (statistikdatabasen.scb.se, 'Spara som' CSV or XLSX) into one long table with one row per region, variable and year: label, code, kommunnamn, area_name, variable, year, value, flag.

The file is read as SCB writes it: UTF-8 (with or without BOM) or Windows-1252, comma, semicolon or tab separated, decimal point or decimal comma, a title line above the header, one column per year (wide) or a year column (long), and SCB's notes ('Källa:', 'Fotnot:') after the table, which are kept as FOOTNOTES.

Missing values keep SCB's symbols (Teckenförklaring): '..' not available or too uncertain, '.' cannot occur, ':' too uncertain. They become NULL in value, never zero, with the symbol in flag.

Regions written as '0114C1010', '0114R001 Bollstanäs' or '1280 Malmö' get their code from the label. Regions written without code, as 'Kommunnamn (RegSO-namn)' in SCB's area-type table, get their RegSO code from SCB's crosswalk 'Koppling DeSO 2018 - RegSO 2020' (scb.se, Regionala statistikområden): give it as a file or as a table layer. Labels that still have no code are listed in UNMATCHED_LABELS; join them by names in 'Join statistics to areas' or check the spelling.

A file that is not such a table stops the algorithm with a message naming the file and the line.</source>
      <translation>Läser en tabell som exporterats från SCB:s Statistikdatabasen (statistikdatabasen.scb.se, 'Spara som' CSV eller XLSX) till en lång tabell med en rad per region, variabel och år: label, code, kommunnamn, area_name, variable, year, value, flag.

Filen läses så som SCB skriver den: UTF-8 (med eller utan BOM) eller Windows-1252, avgränsad med komma, semikolon eller tabb, decimalpunkt eller decimalkomma, en titelrad ovanför rubrikraden, en kolumn per år (bred) eller en årskolumn (lång), och SCB:s anmärkningar ('Källa:', 'Fotnot:') efter tabellen, som sparas som FOOTNOTES.

Saknade värden behåller SCB:s symboler (Teckenförklaring): '..' uppgift inte tillgänglig eller för osäker, '.' uppgift kan inte förekomma, ':' för osäker. De blir NULL i value, aldrig noll, med symbolen i flag.

Regioner skrivna som '0114C1010', '0114R001 Bollstanäs' eller '1280 Malmö' får sin kod från beteckningen. Regioner skrivna utan kod, som 'Kommunnamn (RegSO-namn)' i SCB:s tabell över områdestyper, får sin RegSO-kod från SCB:s kopplingstabell 'Koppling DeSO 2018 - RegSO 2020' (scb.se, Regionala statistikområden): ange den som fil eller som tabellager. Beteckningar som fortfarande saknar kod listas i UNMATCHED_LABELS; koppla dem via namn i 'Koppla statistik till områden' eller kontrollera stavningen.

En fil som inte är en sådan tabell stoppar algoritmen med ett meddelande som anger filen och raden.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Reference (mean and SD)</source>
      <translation>Referens (medelvärde och standardavvikelse)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Reference for mean and SD</source>
      <translation>Referens för medelvärde och standardavvikelse</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Reference layer (same field names)</source>
      <translation>Referenslager (samma fältnamn)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Reference mean</source>
      <translation>Referensens medelvärde</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Reference mean {mean}, SD {std}, n = {n} areas.</source>
      <translation>Referensens medelvärde {mean}, SD {std}, n = {n} områden.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Reference standard deviation</source>
      <translation>Referensens standardavvikelse</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>RegSO</source>
      <translation>RegSO</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>RegSO (sample)</source>
      <translation>RegSO (exempel)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Region '{region}' is not in the layer; there are: {regions}</source>
      <translation>Regionen '{region}' finns inte i lagret; det finns: {regions}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Region boundaries (optional; default: dissolved units)</source>
      <translation>Regiongränser (valfritt; standard: sammanslagna enheter)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Region code field of the boundaries</source>
      <translation>Regionkodfält i gränslagret</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Region field (instead of the level below)</source>
      <translation>Regionfält (i stället för nivån nedan)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Region labels without code</source>
      <translation>Regionbeteckningar utan kod</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Region labels without code (add SCB's crosswalk or join by names)</source>
      <translation>Regionnamn utan kod (lägg till SCB:s koppling eller koppla på namn)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Region labels without code (list)</source>
      <translation>Regionbeteckningar utan kod (lista)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Region labels without code get theirs from the crosswalk.</source>
      <translation>Regionnamn utan kod får sin kod från kopplingsfilen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Regions</source>
      <translation>Regioner</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Regions as polygons</source>
      <translation>Regioner som polygoner</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Regions flagged</source>
      <translation>Flaggade regioner</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Regions to report, codes or names separated by commas (default: all)</source>
      <translation>Regioner att rapportera, koder eller namn åtskilda med kommatecken (standard: alla)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Relative diversity</source>
      <translation>Relativ diversitet</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Remove</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Report for {name}…</source>
      <translation>Rapport för {name}…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Report layers: {name}</source>
      <translation>Rapportlager: {name}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Report per municipality (PDF)</source>
      <translation>Rapport per kommun (PDF)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Reports</source>
      <translation>Rapporter</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Reports for</source>
      <translation>Rapporter för</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Result</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Round numbers</source>
      <translation>Jämna tal</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Rows read</source>
      <translation>Inlästa rader</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Rows: area type in year A; columns: in year B. The outlined diagonal is no change; right of it a better type, left of it a worse one. – = not classified (missing values, or the area is in only one of the years).</source>
      <translation>Rader: områdestyp år A; kolumner: år B. Den inramade diagonalen är oförändrad typ; till höger om den en bättre typ, till vänster en sämre. – = ej klassificerad (saknade värden, eller området finns bara ett av åren).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Run</source>
      <translation>Kör</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Running…</source>
      <translation>Kör…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>SCB's file 'Koppling DeSO - RegSO': gives codes to labels such as 'Åstad (Backa)'. Optional.</source>
      <translation>SCB:s fil 'Koppling DeSO - RegSO': ger koder till namn som 'Åstad (Backa)'. Valfri.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>SCB/Delmos official index: (V1 + V2 + V3) / 3</source>
      <translation>SCB:s och Delmos officiella index: (V1 + V2 + V3) / 3</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>SD</source>
      <translation>Standardavvikelse</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Same type: {same}; better: {better}; worse: {worse}</source>
      <translation>Samma typ: {same}; bättre: {better}; sämre: {worse}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Sample GeoPackage</source>
      <translation>GeoPackage med exempeldata</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Sample SD (ddof=1)</source>
      <translation>Stickprovets standardavvikelse (ddof=1)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Sample data loaded: continue with the Area types step.</source>
      <translation>Exempeldata har lästs in: fortsätt med steget Områdestyper.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Sample layer {name} could not be opened from {path}</source>
      <translation>Exempellagret {name} kunde inte öppnas från {path}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Sample layers</source>
      <translation>Exempellager</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/widgets.py" />
      <source>Save table as CSV</source>
      <translation>Spara tabellen som CSV</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Save table as CSV…</source>
      <translation>Spara tabellen som CSV…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Save to</source>
      <translation>Spara till</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Saved {n} rows to {file}.</source>
      <translation>Sparade {n} rader i {file}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Scenario field (e.g. existing/planned)</source>
      <translation>Scenariofält (t.ex. befintlig/planerad)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Scenario field (optional)</source>
      <translation>Scenariofält (valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Scenario {scenario}: coverage {challenged} in area types 1-2, {advantaged} in area types 4-5; equity ratio {ratio}.</source>
      <translation>Scenario {scenario}: täckning {challenged} i områdestyp 1-2, {advantaged} i områdestyp 4-5; jämlikhetskvot {ratio}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Scenario {scenario}: {covered} of {total} residents within reach ({share}).</source>
      <translation>Scenario {scenario}: {covered} av {total} invånare inom räckhåll ({share}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/messages.py" />
      <source>Segregation</source>
      <translation>Segregation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Segregation Gini</source>
      <translation>Segregations-Gini</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Segregation indices per municipality or county from counts of groups per area, e.g. persons per income quintile. Ojämlikhetsindex (Delmos): the share of the low-income group that would have to move to be spread like the high-income group.</source>
      <translation>Segregationsindex per kommun eller län från antal per grupp och område, t.ex. personer per inkomstkvintil. Ojämlikhetsindex (Delmos): andelen av låginkomstgruppen som skulle behöva flytta för att vara spridd som höginkomstgruppen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Segregation indices per region</source>
      <translation>Segregationsindex per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Segregation indices per region (output of indices; optional)</source>
      <translation>Segregationsindex per region (resultat från indices; valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Segregation measures: {name}</source>
      <translation>Segregationsmått: {name}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Segregation report: {name}</source>
      <translation>Segregationsrapport: {name}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/provider.py" />
      <source>Segregation: socioeconomic area types and segregation indices</source>
      <translation>Segregation: socioekonomiska områdestyper och segregationsindex</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Selecting {name}</source>
      <translation>Väljer ut {name}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Separator</source>
      <translation>Avgränsare</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Separator: {separator}</source>
      <translation>Avgränsare: {separator}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Several values for the same code, variable and year: {codes} (variable "{variable}", year {year}).</source>
      <translation>Flera värden för samma kod, variabel och år: {codes} (variabel "{variable}", år {year}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Share</source>
      <translation>Andel</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share aged 20-64 whose highest education is förgymnasial, in percent.</source>
      <translation>Andel 20-64 år vars högsta utbildning är förgymnasial, i procent.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share aged 20-64 with long-term social assistance and/or unemployment, in percent.</source>
      <translation>Andel 20-64 år med långvarigt ekonomiskt bistånd och/eller långvarig arbetslöshet, i procent.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Share in area types 1 and 2</source>
      <translation>Andel i områdestyp 1 och 2</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Share in types 1+2 flag: mean + k x SD, k =</source>
      <translation>Flagga för andel i typ 1+2: medelvärdet + k x SD, k =</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Share of Theil T between regions</source>
      <translation>Andel av Theils T mellan regioner</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share of persons with low economic standard, in percent.</source>
      <translation>Andel personer med låg ekonomisk standard, i procent.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Share of random relabellings at least as segregated.</source>
      <translation>Andel slumpmässiga omfördelningar som är minst lika segregerade.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share of the areas</source>
      <translation>Andel av områdena</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Share of the inhabitants within reach, by area type</source>
      <translation>Andel av invånarna inom räckhåll, per områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share of the population</source>
      <translation>Andel av befolkningen</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Share of the population in area types 1 and 2</source>
      <translation>Andel av befolkningen i områdestyp 1 och 2</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Share of the population in areas of type 1 or 2.</source>
      <translation>Andel av befolkningen i områden av typ 1 eller 2.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share of the population of all classified areas.</source>
      <translation>Andel av befolkningen i alla klassificerade områden.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Share of the population per area type</source>
      <translation>Andel av befolkningen per områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Show</source>
      <translation>Visa</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Show transitions</source>
      <translation>Visa bytena</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Socioeconomic index and area types</source>
      <translation>Socioekonomiskt index och områdestyper</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" />
      <source>Socioeconomic index and area types…</source>
      <translation>Socioekonomiskt index och områdestyper…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Socioeconomically mixed areas</source>
      <translation>Socioekonomiskt blandade områden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/tasks.py" />
      <source>Some of the choices are not valid.</source>
      <translation>Några av valen är ogiltiga.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Some regions have notes.</source>
      <translation>Några regioner har anmärkningar.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Source line under the map</source>
      <translation>Källrad under kartan</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Source: SCB, Lantmäteriet</source>
      <translation>Källa: SCB, Lantmäteriet</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Standard deviation</source>
      <translation>Standardavvikelse</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Standardise own indicators (z-scores)</source>
      <translation>Standardisera egna indikatorer (z-värden)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Standardised indicators need reference means and SDs.</source>
      <translation>Standardiserade indikatorer kräver referensens medelvärden och standardavvikelser.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Statistics (long table)</source>
      <translation>Statistik (lång tabell)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Statistics file (CSV, TXT or XLSX from Statistikdatabasen)</source>
      <translation>Statistikfil (CSV, TXT eller XLSX från Statistikdatabasen)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Statistics files</source>
      <translation>Statistikfiler</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Statistics loaded.</source>
      <translation>Statistiken är inläst.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Statistics table</source>
      <translation>Statistiktabell</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Statistics tables (*.csv *.CSV *.txt *.TXT *.xlsx *.XLSX)</source>
      <translation>Statistiktabeller (*.csv *.CSV *.txt *.TXT *.xlsx *.XLSX)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Statistics: CSV or XLSX exports from SCB's Statistikdatabasen, as they are (title, footnotes, '..' and decimal commas are handled). Region labels without a code, such as 'Kommun (RegSO-namn)', need SCB's crosswalk DeSO-RegSO.</source>
      <translation>Statistik: CSV- eller XLSX-uttag från SCB:s Statistikdatabasen som de är (rubrik, fotnoter, '..' och decimalkomma hanteras). Regionnamn utan kod, som 'Kommun (RegSO-namn)', behöver SCB:s koppling DeSO-RegSO.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Stops</source>
      <translation>Hållplatser</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Stops (points)</source>
      <translation>Hållplatser (punkter)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Style a layer by an indicator or index</source>
      <translation>Stil efter en indikator eller ett index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Style a layer by area type</source>
      <translation>Symbolisera ett lager efter områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Styled copy</source>
      <translation>Kopia med stil</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Styled the input layer {layer}.</source>
      <translation>Indatalagret {layer} har fått ny stil.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Sum: count fields (e.g. befolkning, q1..q5)</source>
      <translation>Summa: fält med antal (t.ex. befolkning, q1..q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Suppressed or missing values</source>
      <translation>Undertryckta eller saknade värden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Suppressed or missing values ('..'): {count}</source>
      <translation>Undertryckta eller saknade värden ('..'): {count}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Table</source>
      <translation>Tabell</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Table codes that match no area</source>
      <translation>Tabellkoder som inte motsvarar något område</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Table codes that match no area (list)</source>
      <translation>Tabellkoder som inte motsvarar något område (lista)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Table rows sharing a code (the first is used): {codes}</source>
      <translation>Tabellrader med samma kod (den första används): {codes}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Table rows without code</source>
      <translation>Tabellrader utan kod</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Tables from earlier runs (optional)</source>
      <translation>Tabeller från tidigare körningar (valfritt)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Target areas</source>
      <translation>Målområden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Target code field of the units (e.g. regsokod)</source>
      <translation>Fält med målområdets kod i enheterna (t.ex. regsokod)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Target id or name</source>
      <translation>Målområdets id eller namn</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Target polygons (e.g. districts; instead of codes)</source>
      <translation>Målpolygoner (t.ex. stadsdelar; i stället för koder)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Target polygons are given: the target code field and crosswalk are ignored.</source>
      <translation>Målpolygoner är angivna: fältet med målområdets kod och kopplingstabellen ignoreras.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Targets</source>
      <translation>Målområden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Targets without units</source>
      <translation>Målområden utan enheter</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Tests whether a region's dissimilarity D, information theory H and ojämlikhetsindex changed between year A and year B by more than random variation. Within each region the units of both years are pooled and their year labels shuffled (random labelling, as PySAL segregation's TwoValueTest; Rey &amp; Sastré-Gutiérrez 2010); the p-value is two-sided. The units may differ between years (e.g. DeSO 2018 and DeSO 2025).

Year B's group fields are taken from the same layer (e.g. q1_2022..q5_2022 and q1_2023..q5_2023) or from a second layer INPUT_B with the same region fields. FOCUS_GROUP and COMPARE_GROUP are given among year A's fields; year B uses the same positions.</source>
      <translation>Testar om en regions olikhetsindex D, informationsteoretiska index H och ojämlikhetsindex har förändrats mellan år A och år B mer än vad slumpmässig variation kan förklara. Inom varje region slås enheterna från båda åren ihop och deras årsetiketter blandas om (slumpmässig ometikettering, som TwoValueTest i PySAL segregation; Rey &amp; Sastré-Gutiérrez 2010); p-värdet är tvåsidigt. Enheterna kan skilja sig mellan åren (t.ex. DeSO 2018 och DeSO 2025).

Gruppfälten för år B hämtas från samma lager (t.ex. q1_2022..q5_2022 och q1_2023..q5_2023) eller från ett andra lager INPUT_B med samma regionfält. FOCUS_GROUP och COMPARE_GROUP anges bland fälten för år A; år B använder samma positioner.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>The Area types step needs one row per area with the three indicators in percent: low economic standard (V1), at most förgymnasial education (V2) and long-term social assistance or unemployment (V3); the population is optional.</source>
      <translation>Steget Områdestyper behöver en rad per område med de tre indikatorerna i procent: låg ekonomisk standard (V1), högst förgymnasial utbildning (V2) och långvarigt ekonomiskt bistånd eller långvarig arbetslöshet (V3); befolkningen är valfri.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The Atkinson parameter b must be at least 0 and below 1 (got {b}).</source>
      <translation>Atkinsonparametern b måste vara minst 0 och under 1 (fick {b}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>The DeSO/RegSO code the municipalities are read from.</source>
      <translation>DeSO-/RegSO-koden som kommunerna läses ut från.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>The DeSO/RegSO code the municipality and county are read from (empty: detected).</source>
      <translation>DeSO-/RegSO-koden som kommun och län läses från (tom: hittas automatiskt).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The Excel file {file} cannot be read: {reason}</source>
      <translation>Excelfilen {file} kan inte läsas: {reason}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>The GTFS feed {file} has no stops.txt.</source>
      <translation>GTFS-flödet {file} har ingen stops.txt.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>The PDF and PNG files are written here.</source>
      <translation>PDF- och PNG-filerna skrivs hit.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" />
      <source>The Segregation panel: data, area types and more, step by step</source>
      <translation>Panelen Segregation: data, områdestyper med mera, steg för steg</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/tasks.py" />
      <source>The algorithm could not start.</source>
      <translation>Algoritmen kunde inte starta.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/chain.py" />
      <source>The algorithm failed; see the log.</source>
      <translation>Algoritmen misslyckades; se loggen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/tasks.py" />
      <source>The algorithm {id} is not available: is the plugin enabled?</source>
      <translation>Algoritmen {id} är inte tillgänglig: är insticksprogrammet aktiverat?</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The area code found in both layers, e.g. regsokod.</source>
      <translation>Områdeskoden som finns i båda lagren, t.ex. regsokod.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>The area types are cut at this mean plus or minus whole SDs.</source>
      <translation>Områdestyperna avgränsas vid detta medelvärde plus eller minus hela standardavvikelser.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>The areas are in {crs}, which is in degrees: distances and areas are computed in {work} (SWEREF 99 TM).</source>
      <translation>Områdena är i {crs}, som anges i grader: avstånd och ytor beräknas i {work} (SWEREF 99 TM).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>The areas layer has no coordinate reference system: its coordinates are taken as metres and the other layers must use the same coordinates.</source>
      <translation>Områdeslagret saknar koordinatreferenssystem: dess koordinater tolkas som meter och de andra lagren måste använda samma koordinater.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>The areas of {name} have no population.</source>
      <translation>Områdena i {name} har ingen befolkning.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>The areas the statistics are joined onto.</source>
      <translation>Områdena som statistiken kopplas till.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>The catchment distance must be greater than 0 m; {what} has {count} value(s) that are not: {examples}.</source>
      <translation>Avståndet för upptagningsområdet måste vara större än 0 m; {what} har {count} värde(n) som inte är det: {examples}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>The code field "{num}" is a number and "{text}" is text; codes compared as text</source>
      <translation>Kodfältet "{num}" är ett tal och "{text}" är text; koderna jämförs som text</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The compare group {index} does not exist (there are {count} groups).</source>
      <translation>Jämförelsegruppen {index} finns inte (det finns {count} grupper).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>The coverage table was not found.</source>
      <translation>Täckningstabellen hittades inte.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The crosswalk is used; the target code field {field} is ignored.</source>
      <translation>Kopplingstabellen används; fältet med målområdets kod {field} ignoreras.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The crosswalk {file} lacks the column(s) {missing}; found: {found}.</source>
      <translation>Kopplingstabellen {file} saknar kolumnen/kolumnerna {missing}; hittade: {found}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>The existing network: included in every other scenario. Empty: none.</source>
      <translation>Det befintliga nätet: ingår i alla andra scenarier. Tom: inget.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The field "{column}" is not numeric (value "{value}" in row {row}).</source>
      <translation>Fältet "{column}" är inte numeriskt (värdet "{value}" på rad {row}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The field "{column}" used by the rule for "{field}" is not in the table.</source>
      <translation>Fältet "{column}", som används av regeln för "{field}", finns inte i tabellen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The file {file} does not look like a table: no header followed by rows with the same number (2 or more) of fields separated by comma, semicolon or tab.</source>
      <translation>Filen {file} ser inte ut som en tabell: ingen rubrikrad följd av rader med samma antal (2 eller fler) fält åtskilda med komma, semikolon eller tabb.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The file {file} has a header on line {line} but no data rows.</source>
      <translation>Filen {file} har en rubrikrad på rad {line} men inga datarader.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The file {file} is an old Excel .xls workbook; save it as .xlsx or CSV.</source>
      <translation>Filen {file} är en äldre Excelarbetsbok (.xls); spara den som .xlsx eller CSV.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The file {file} is empty.</source>
      <translation>Filen {file} är tom.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The file {file} is not a text table (binary content at position {offset}); export the table from Statistikdatabasen as CSV or XLSX.</source>
      <translation>Filen {file} är inte en texttabell (binärt innehåll vid position {offset}); exportera tabellen från Statistikdatabasen som CSV eller XLSX.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>The flag thresholds are the mean plus k standard deviations over the {n} regions of this input layer, not over all of Sweden's municipalities.</source>
      <translation>Flaggningsgränserna är medelvärdet plus k standardavvikelser över de {n} regionerna i detta indatalager, inte över alla Sveriges kommuner.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The focus and compare groups must differ (both are group {group}).</source>
      <translation>Fokusgruppen och jämförelsegruppen måste vara olika (båda är grupp {group}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The focus group {index} does not exist (there are {count} groups).</source>
      <translation>Fokusgruppen {index} finns inte (det finns {count} grupper).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The fractions of unit(s) {units} add up to more than 1.</source>
      <translation>Andelarna för enhet(er) {units} summerar till mer än 1.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>The index has standard deviation 0 over the {n} reference areas: cannot classify.</source>
      <translation>Indexet har standardavvikelsen 0 över de {n} referensområdena: kan inte klassificera.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>The indices could not be computed: {error}</source>
      <translation>Indexen kunde inte beräknas: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>The indices table was not found.</source>
      <translation>Indextabellen hittades inte.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>The input is not a layer: its style was not changed.</source>
      <translation>Indata är inte ett lager: dess stil har inte ändrats.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>The input layer</source>
      <translation>Indatalagret</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>The joined layer was not added to the project.</source>
      <translation>Det kopplade lagret lades inte till i projektet.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/base.py" />
      <source>The layer of parameter {name} could not be read.</source>
      <translation>Lagret för parametern {name} kunde inte läsas.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>The layer {layer} has no field "{field}"; its fields are: {fields}.</source>
      <translation>Lagret {layer} har inget fält "{field}"; dess fält är: {fields}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The layer {layer} has no field {field}.</source>
      <translation>Lagret {layer} har inget fält {field}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>The low- and high-income groups must differ.</source>
      <translation>Låg- och höginkomstgruppen måste vara olika.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The number of iterations must be at least 1.</source>
      <translation>Antalet iterationer måste vara minst 1.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>The ojämlikhetsindex and the combined flag need income group fields (e.g. q1..q5) or a composition and flags table.</source>
      <translation>Ojämlikhetsindex och den kombinerade flaggan kräver fält med inkomstgrupper (t.ex. q1..q5) eller en tabell med sammansättning och flaggor.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The output field "{field}" is produced by more than one rule.</source>
      <translation>Utdatafältet "{field}" skapas av mer än en regel.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The permutation test needs whole-number counts; unit {unit} has {value}.</source>
      <translation>Permutationstestet kräver antal i heltal; enhet {unit} har {value}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>The population field could not be read: {error}</source>
      <translation>Befolkningsfältet kunde inte läsas: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>The reference is the input layer itself ({n} areas), not all areas of Sweden: the area types are relative to this layer's own mean and SD, not the national ones.</source>
      <translation>Referensen är indatalagret självt ({n} områden), inte alla områden i Sverige: områdestyperna är relativa till lagrets eget medelvärde och standardavvikelse, inte de nationella.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>The reports could not be made: {error}</source>
      <translation>Rapporterna kunde inte skapas: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/tasks.py" />
      <source>The result could not be added to the project: {error}</source>
      <translation>Resultatet kunde inte läggas till i projektet: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The rule for field "{field}" needs {what}.</source>
      <translation>Regeln för fältet "{field}" kräver {what}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>The rule must be 'and' or 'or', not {rule}.</source>
      <translation>Regeln måste vara 'and' eller 'or', inte {rule}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>The sample data could not be loaded: {error}</source>
      <translation>Exempeldata kunde inte läsas in: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>The sample data is missing from the plugin: {path}</source>
      <translation>Exempeldata saknas i insticksprogrammet: {path}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The share in area types 1–2 needs area types per year (e.g. area_type_2022, area_type_2023) and the population.</source>
      <translation>Andelen i områdestyp 1–2 kräver områdestyper per år (t.ex. area_type_2022, area_type_2023) och befolkningen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>The share of the population that lives in areas with major or some socioeconomic challenges (types 1 and 2).</source>
      <translation>Andelen av befolkningen som bor i områden med stora socioekonomiska utmaningar eller socioekonomiska utmaningar (typ 1 och 2).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>The single-group indices compare the focus group with the rest by default.</source>
      <translation>Engruppsindexen jämför som standard fokusgruppen med resten.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>The statistics could not be loaded: {error}</source>
      <translation>Statistiken kunde inte läsas in: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>The table has no column {column}.</source>
      <translation>Tabellen har ingen kolumn {column}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The table lacks the column(s) {missing} needed for the join.</source>
      <translation>Tabellen saknar kolumnen/kolumnerna {missing} som behövs för kopplingen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The table of {step} was not found.</source>
      <translation>Tabellen för {step} hittades inte.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>The table {layer} has no field 'region'; give an output of the plugin's per-region algorithms.</source>
      <translation>Tabellen {layer} har inget fält 'region'; ange ett resultat från någon av insticksprogrammets algoritmer per region.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>The table {layer} has no fields to join besides the code.</source>
      <translation>Tabellen {layer} har inga fält att koppla utöver koden.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The target field {field} is replaced by the aggregated field.</source>
      <translation>Fältet {field} i målområdena ersätts av det aggregerade fältet.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The target layer {layer} has no polygons.</source>
      <translation>Mållagret {layer} har inga polygoner.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The target polygons overlap: unit(s) {units} lie in several targets with more than their own area in total. Area-weighted apportioning needs targets that do not overlap; fix the targets or use point on surface or largest overlap.</source>
      <translation>Målpolygonerna överlappar: enhet(er) {units} ligger i flera målområden med sammanlagt mer än sin egen yta. Arealviktad fördelning kräver målområden som inte överlappar; rätta målområdena eller använd punkt på yta eller största överlappning.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The targets ({tcrs}) are reprojected to the units' CRS ({ucrs}).</source>
      <translation>Målområdena ({tcrs}) projiceras om till enheternas koordinatsystem ({ucrs}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The time series failed: {error}</source>
      <translation>Tidsserien misslyckades: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>The transit catchments could not be computed: {error}</source>
      <translation>Kollektivtrafikens upptagningsområden kunde inte beräknas: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The transitions could not be computed: {error}</source>
      <translation>Bytena av områdestyp kunde inte beräknas: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The transitions table was not found.</source>
      <translation>Tabellen med bytena av områdestyp hittades inte.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The units are in a geographic CRS ({crs}): areas and overlaps are computed in {work}.</source>
      <translation>Enheterna är i ett geografiskt koordinatsystem ({crs}): ytor och överlappningar beräknas i {work}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/inequality.py" />
      <source>The values sum to zero: inequality is not defined.</source>
      <translation>Värdena summerar till noll: ojämlikheten är inte definierad.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>The walking distance must be greater than 0 m (got {value}).</source>
      <translation>Gångavståndet måste vara större än 0 m (fick {value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The weight table has {what} in row {row}.</source>
      <translation>Vikttabellen har {what} på rad {row}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The weight table lacks the column(s) {missing}.</source>
      <translation>Vikttabellen saknar kolumnen/kolumnerna {missing}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/inequality.py" />
      <source>The weights sum to zero: inequality is not defined.</source>
      <translation>Vikterna summerar till noll: ojämlikheten är inte definierad.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>The year "{value}" of row {row} in {layer} is not a whole number.</source>
      <translation>Året "{value}" på rad {row} i {layer} är inte ett heltal.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Theil T between regions</source>
      <translation>Theils T mellan regioner</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Theil T within regions</source>
      <translation>Theils T inom regioner</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Theil T, all units</source>
      <translation>Theils T, alla enheter</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>There are no units in the input.</source>
      <translation>Det finns inga enheter i indata.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>There are {targets} target ids for {units} units.</source>
      <translation>Det finns {targets} id för målområden för {units} enheter.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>They have {n} inhabitants, not counted in the population shares.</source>
      <translation>De har {n} invånare, som inte räknas med i befolkningsandelarna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>This layer (local area types)</source>
      <translation>Detta lager (lokala områdestyper)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Thresholds: ojämlikhetsindex {t1}, share in types 1+2 {t2}</source>
      <translation>Tröskelvärden: ojämlikhetsindex {t1}, andel i typ 1+2 {t2}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Tick at least one municipality.</source>
      <translation>Markera minst en kommun.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Tick at least one year with group fields (e.g. q1_2022…q5_2022).</source>
      <translation>Markera minst ett år med gruppfält (t.ex. q1_2022…q5_2022).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Tick at least two group fields.</source>
      <translation>Kryssa i minst två gruppfält.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Tick at least two income groups, or none.</source>
      <translation>Markera minst två inkomstgrupper, eller ingen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Tick the count fields of mutually exclusive groups, lowest income first.</source>
      <translation>Kryssa i antalsfälten för grupper som utesluter varandra, lägsta inkomst först.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Time series over several years</source>
      <translation>Tidsserie över flera år</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Title (default: 'Area types and segregation: &lt;name&gt;')</source>
      <translation>Titel (standard: 'Områdestyper och segregation: &lt;name&gt;')</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Title: {title}</source>
      <translation>Titel: {title}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Total</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Total population field (default: sum of groups)</source>
      <translation>Fält för total befolkning (standard: summan av grupperna)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Transit</source>
      <translation>Kollektivtrafik</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Transit catchments ({distance} m)</source>
      <translation>Upptagningsområden kollektivtrafik ({distance} m)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Transit lines (sample)</source>
      <translation>Kollektivtrafiklinjer (exempel)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Transit stops (sample)</source>
      <translation>Hållplatser (exempel)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Trends</source>
      <translation>Trender</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Try the plugin on the fictional sample county Exempellän (three municipalities with DeSO- and RegSO-like areas, statistics and transit), or load your own data.</source>
      <translation>Prova insticksprogrammet på det fiktiva exempellänet Exempellän (tre kommuner med DeSO- och RegSO-liknande områden, statistik och kollektivtrafik), eller läs in egna data.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Two fields of one layer</source>
      <translation>Två fält i ett lager</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Two layers, matched by area code</source>
      <translation>Två lager, kopplade via områdeskod</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Two-group form: focus vs compare group (not vs the rest)</source>
      <translation>Tvågruppsform: fokusgrupp mot jämförelsegrupp (inte mot resten)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Type conflicts</source>
      <translation>Typkonflikter</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Types 1+2</source>
      <translation>Typ 1+2</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/messages.py" />
      <source>Unexpected error: {error}</source>
      <translation>Oväntat fel: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Unit in the legend (default: '%' for shares)</source>
      <translation>Enhet i teckenförklaringen (standard: '%' för andelar)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit} has no region.</source>
      <translation>Enhet {unit} har ingen region.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>Unit {unit}: area type {value} is not one of 1-5 or empty.</source>
      <translation>Enhet {unit}: områdestypen {value} är varken 1-5 eller tom.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: count for group {group} is missing or not a finite number.</source>
      <translation>Enhet {unit}: antalet för grupp {group} saknas eller är inte ett ändligt tal.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: count for group {group} is negative ({value}).</source>
      <translation>Enhet {unit}: antalet för grupp {group} är negativt ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: count for group {group} is not a number ({value}).</source>
      <translation>Enhet {unit}: antalet för grupp {group} är inte ett tal ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the focus group count {count} exceeds the total {total}.</source>
      <translation>Enhet {unit}: antalet i fokusgruppen, {count}, är större än totalen {total}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the population is missing or not a finite number.</source>
      <translation>Enhet {unit}: befolkningen saknas eller är inte ett ändligt tal.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the population is negative ({value}).</source>
      <translation>Enhet {unit}: befolkningen är negativ ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the population is not a number ({value}).</source>
      <translation>Enhet {unit}: befolkningen är inte ett tal ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the total is missing or not a finite number.</source>
      <translation>Enhet {unit}: totalen saknas eller är inte ett ändligt tal.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the total is negative ({value}).</source>
      <translation>Enhet {unit}: totalen är negativ ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the total is not a number ({value}).</source>
      <translation>Enhet {unit}: totalen är inte ett tal ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the value is missing or not a finite number.</source>
      <translation>Enhet {unit}: värdet saknas eller är inte ett ändligt tal.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the value is negative ({value}).</source>
      <translation>Enhet {unit}: värdet är negativt ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the value is not a number ({value}).</source>
      <translation>Enhet {unit}: värdet är inte ett tal ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the weight is missing or not a finite number.</source>
      <translation>Enhet {unit}: vikten saknas eller är inte ett ändligt tal.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the weight is negative ({value}).</source>
      <translation>Enhet {unit}: vikten är negativ ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the weight is not a number ({value}).</source>
      <translation>Enhet {unit}: vikten är inte ett tal ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Units</source>
      <translation>Enheter</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Units (e.g. DeSO) with statistics</source>
      <translation>Enheter (t.ex. DeSO) med statistik</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Units in no target</source>
      <translation>Enheter utan målområde</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Units in no target (list)</source>
      <translation>Enheter utan målområde (lista)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Units overlapping several targets</source>
      <translation>Enheter som överlappar flera målområden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Units overlapping several targets (list)</source>
      <translation>Enheter som överlappar flera målområden (lista)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Units partly outside the targets</source>
      <translation>Enheter delvis utanför målområdena</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Units with a value</source>
      <translation>Enheter med ett värde</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Units with group counts</source>
      <translation>Enheter med antal per grupp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Units with population and area type</source>
      <translation>Enheter med befolkning och områdestyp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Units, year A</source>
      <translation>Enheter, år A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Units, year B (default: the same layer)</source>
      <translation>Enheter, år B (standard: samma lager)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>Unknown aggregation rule "{rule}" for field "{field}"; use one of {kinds}.</source>
      <translation>Okänd aggregeringsregel "{rule}" för fältet "{field}"; använd en av {kinds}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unknown index {name}; known indices: {known}.</source>
      <translation>Okänt index {name}; kända index: {known}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Used for the years without a population field of their own.</source>
      <translation>Används för de år som saknar ett eget befolkningsfält.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>V1: low economic standard (%)</source>
      <translation>V1: låg ekonomisk standard (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>V1: share with low economic standard (%)</source>
      <translation>V1: andel med låg ekonomisk standard (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>V2: förgymnasial education (%)</source>
      <translation>V2: förgymnasial utbildning (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>V2: share aged 20-64 with förgymnasial education (%)</source>
      <translation>V2: andel 20-64 år med förgymnasial utbildning (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>V3: share aged 20-64 with long-term social assistance/unemployment (%)</source>
      <translation>V3: andel 20-64 år med långvarigt ekonomiskt bistånd/långvarig arbetslöshet (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>V3: social assistance / unemployment (%)</source>
      <translation>V3: ekonomiskt bistånd / arbetslöshet (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Value</source>
      <translation>Värde</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Value field (e.g. median income)</source>
      <translation>Värdefält (t.ex. medianinkomst)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Values that are no area type (drawn as not classified): {values}</source>
      <translation>Värden som inte är en områdestyp (ritas som ej klassificerade): {values}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Variables and years to join ('variable | year; ...'; default all)</source>
      <translation>Variabler och år att koppla ('variabel | år; ...'; standard: alla)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Vector files (*.gpkg *.shp *.geojson *.json *.gml *.kml *.fgb *.sqlite)</source>
      <translation>Vektorfiler (*.gpkg *.shp *.geojson *.json *.gml *.kml *.fgb *.sqlite)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Walking distance</source>
      <translation>Gångavstånd</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Walking distance (metres)</source>
      <translation>Gångavstånd (meter)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Warning</source>
      <translation>Varning</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Warning: {text}</source>
      <translation>Varning: {text}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Warnings</source>
      <translation>Varningar</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Weight field (e.g. population)</source>
      <translation>Viktfält (t.ex. befolkning)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Weight for the means (e.g. befolkning)</source>
      <translation>Vikt för medelvärdena (t.ex. befolkning)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Weight mean and SD by region population</source>
      <translation>Vikta medelvärde och standardavvikelse med regionernas befolkning</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Weight of the shares' means, e.g. befolkning.</source>
      <translation>Vikt för andelarnas medelvärden, t.ex. befolkning.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Weighted mean: share or mean fields without counts</source>
      <translation>Viktat medelvärde: fält med andelar eller medelvärden utan antal</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transitions.py" />
      <source>Weights (population) cannot be negative.</source>
      <translation>Vikter (befolkning) kan inte vara negativa.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Weights each area by the population field. SCB's default is unweighted.</source>
      <translation>Viktar varje område med befolkningsfältet. SCB:s standard är oviktat.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Weights must be non-negative numbers, not all zero.</source>
      <translation>Vikterna måste vara icke-negativa tal, och inte alla noll.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Weights of own indicators</source>
      <translation>Vikter för egna indikatorer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Who lives within reach of public transport, in existing and planned networks, and how that differs between area types.

Method: catchment analysis with euclidean buffers. Each stop (and each line, if given) gets a circle (corridor) of the walking distance: one distance for all, or a distance field per feature (e.g. 400 m for bus, 800-1000 m for rail). The catchment of a scenario is the union of its buffers. Distances are straight lines: walking networks, barriers and detours are not modelled, so the catchments are upper bounds.

Covered population of an area: either the area-weighted share, population x (area inside the catchment / area), which assumes the population is spread evenly over the area (use small areas such as DeSO, or clip them to built-up land first); or the whole population when the area's point on surface lies inside the catchment, else none.

Scenarios: with a scenario field, each value is a scenario. A base scenario (e.g. 'befintlig') is included in every other scenario, so 'planerad' then means the future network, existing plus planned. GTFS stops belong to the base scenario (without one, to a scenario 'gtfs'). Without a scenario field everything is one scenario, 'all'.

Stops can come from a point layer and/or a GTFS stops.txt (or feed .zip): stops and stations are used, entrances and other nodes skipped. Layers in other coordinate systems are reprojected; areas in degrees are computed in SWEREF 99 TM.

Outputs: the dissolved catchment per scenario; the areas with covered_pop_&lt;scenario&gt; and covered_share_&lt;scenario&gt;; a summary table per scenario and area type. The equity ratio per scenario is the coverage share in area types 1-2 divided by that in types 4-5 (above 1: areas with socioeconomic challenges are better served). The area-type field may be any categorical field; the ratio needs types 1-5 (segregation:areatypes). The results also hold EQUITY_RATIOS, TOTAL_POPULATION and COVERED_POPULATION per scenario (as JSON text in the *_JSON outputs). Warnings (stops outside all areas, overlapping areas, features without geometry) are logged and in WARNINGS.</source>
      <translation>Vem som bor inom räckhåll för kollektivtrafik, i befintliga och planerade nät, och hur det skiljer sig mellan områdestyper.

Metod: analys av upptagningsområden med euklidiska buffertzoner. Varje hållplats (och varje linje, om sådana anges) får en cirkel (korridor) på gångavståndet: ett avstånd för alla, eller ett avståndsfält per objekt (t.ex. 400 m för buss, 800-1000 m för spårtrafik). Ett scenarios upptagningsområde är unionen av dess buffertzoner. Avstånden mäts fågelvägen: gångnät, barriärer och omvägar modelleras inte, så upptagningsområdena är övre gränser.

Täckt befolkning i ett område: antingen den arealviktade andelen, befolkning x (yta inom upptagningsområdet / yta), som förutsätter att befolkningen är jämnt fördelad över området (använd små områden som DeSO, eller klipp dem först mot bebyggd mark); eller hela befolkningen när områdets punkt på yta ligger inom upptagningsområdet, annars ingen.

Scenarier: med ett scenariofält är varje värde ett scenario. Ett basscenario (t.ex. 'befintlig') ingår i alla andra scenarier, så att 'planerad' då betyder det framtida nätet, befintligt plus planerat. GTFS-hållplatser hör till basscenariot (utan basscenario till ett scenario 'gtfs'). Utan scenariofält är allt ett enda scenario, 'all'.

Hållplatser kan komma från ett punktlager och/eller en GTFS-fil stops.txt (eller ett GTFS-flöde som .zip): hållplatser och stationer används, ingångar och andra noder hoppas över. Lager i andra koordinatsystem projiceras om; områden i grader beräknas i SWEREF 99 TM.

Resultat: det sammanslagna upptagningsområdet per scenario; områdena med covered_pop_&lt;scenario&gt; och covered_share_&lt;scenario&gt;; en sammanfattande tabell per scenario och områdestyp. Jämlikhetskvoten per scenario är täckningsandelen i områdestyp 1-2 delad med täckningsandelen i typ 4-5 (över 1: områden med socioekonomiska utmaningar har bättre täckning). Fältet med områdestyp kan vara vilket kategorifält som helst; kvoten kräver typerna 1-5 (segregation:areatypes). Resultaten innehåller också EQUITY_RATIOS, TOTAL_POPULATION och COVERED_POPULATION per scenario (som JSON-text i utdata *_JSON). Varningar (hållplatser utanför alla områden, överlappande områden, objekt utan geometri) loggas och finns i WARNINGS.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Who lives within walking distance of public transport, in the existing and the planned network, by area type. Distances are straight lines (circles around stops), so the catchments are upper bounds.</source>
      <translation>Vem bor inom gångavstånd till kollektivtrafik, i det befintliga och det planerade nätet, per områdestyp. Avstånden är fågelvägen (cirklar kring hållplatser), så upptagningsområdena är övre gränser.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Whole area when its point on surface is inside the catchment</source>
      <translation>Hela området när dess punkt på yta ligger inom upptagningsområdet</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Whole layer</source>
      <translation>Hela lagret</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>With a layer of area types (from the Area types step) and its population, the population share per area type of each region and Delmos' flags are computed too.</source>
      <translation>Med ett lager med områdestyper (från steget Områdestyper) och dess befolkning beräknas även befolkningsandelen per områdestyp i varje region och Delmos flaggor.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Within reach of transit ({layer})</source>
      <translation>Inom räckhåll för kollektivtrafik ({layer})</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Without them the measures are computed from the income groups above. Give the outputs of the Indices step (saved to a file or kept in the project) to report indices computed on DeSO.</source>
      <translation>Utan dem beräknas måtten från inkomstgrupperna ovan. Ange resultaten från steget Index (sparade till fil eller i projektet) för att rapportera index beräknade på DeSO.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Write the reports</source>
      <translation>Skriv rapporterna</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Writing the reports</source>
      <translation>Skriver rapporterna</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Year A and year B are the same layer: choose “Two fields of one layer”.</source>
      <translation>År A och år B är samma lager: välj ”Två fält i ett lager”.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Year of the data (for the output)</source>
      <translation>Dataår (för resultatet)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Years</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Years A and B must have the same groups ({a} and {b} columns).</source>
      <translation>År A och B måste ha samma grupper ({a} och {b} kolumner).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Years: {years}</source>
      <translation>År: {years}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Your own data</source>
      <translation>Egna data</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>[Temporary layer]</source>
      <translation>[Tillfälligt lager]</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>area type field {field}; population {pop}; flags: mean + {k1} SD (ojämlikhetsindex), mean + {k2} SD (types 1+2); rule {rule}</source>
      <translation>fält med områdestyp {field}; befolkning {pop}; flaggor: medelvärdet + {k1} SD (ojämlikhetsindex), medelvärdet + {k2} SD (typ 1+2); regel {rule}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>area_type from the Area types step (1-5).</source>
      <translation>area_type från steget Områdestyper (1-5).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>areas</source>
      <translation>områden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>as given in the field {field} (not computed by the plugin)</source>
      <translation>enligt fältet {field} (inte beräknade av insticksprogrammet)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>better type (higher number): {n}</source>
      <translation>bättre typ (högre nummer): {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>by SCB's crosswalk DeSO - RegSO on {field}</source>
      <translation>via SCB:s kopplingstabell DeSO - RegSO utifrån {field}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>by the code field {field}</source>
      <translation>via kodfältet {field}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>comma</source>
      <translation>komma</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>comparison group (rest of total or compare group) has zero total: dissimilarity, Gini, information theory and Atkinson not defined</source>
      <translation>jämförelsegruppen (resten av totalen eller jämförelsegruppen) har totalen noll: olikhetsindex, Gini, informationsteoretiskt index och Atkinsonindex är inte definierade</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/regions.py" />
      <source>county</source>
      <translation>län</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>custom index</source>
      <translation>eget index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>ddof must be a whole number &gt;= 0 (got {ddof}).</source>
      <translation>ddof måste vara ett heltal &gt;= 0 (fick {ddof}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>directions</source>
      <translation>riktningar</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>fewer than 2 groups present: multigroup indices not defined</source>
      <translation>färre än 2 grupper förekommer: flergruppsindex är inte definierade</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>fewer than 2 populated units: indices not defined</source>
      <translation>färre än 2 befolkade enheter: index är inte definierade</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/inequality.py" />
      <source>fewer than 2 units with weight: inequality not defined</source>
      <translation>färre än 2 enheter med vikt: ojämlikheten är inte definierad</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>fid {fid} (no code)</source>
      <translation>fid {fid} (ingen kod)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>field {field}</source>
      <translation>fältet {field}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>focus group has zero total: single-group indices not defined</source>
      <translation>fokusgruppen har totalen noll: engruppsindex är inte definierade</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>focus vs compare group</source>
      <translation>fokusgrupp mot jämförelsegrupp</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>focus vs rest of total</source>
      <translation>fokusgrupp mot resten av totalen</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>groups {groups}; focus {focus}; compare {compare}</source>
      <translation>grupper {groups}; fokus {focus}; jämförelse {compare}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>high group has zero total: ojämlikhetsindex not defined</source>
      <translation>höginkomstgruppen har totalen noll: ojämlikhetsindex är inte definierat</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>indices.csv</source>
      <translation>index.csv</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>inhabitants</source>
      <translation>invånare</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>long (a year column)</source>
      <translation>lång (en årskolumn)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>low group has zero total: ojämlikhetsindex not defined</source>
      <translation>låginkomstgruppen har totalen noll: ojämlikhetsindex är inte definierat</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>mean {mean}, SD {std}</source>
      <translation>medelvärde {mean}, SD {std}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/regions.py" />
      <source>municipality</source>
      <translation>kommun</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>no permutation gave a defined index: p-value not computed</source>
      <translation>ingen permutation gav ett definierat index: p-värdet har inte beräknats</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>none</source>
      <translation>ingen</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>not classified in at least one year: {n}</source>
      <translation>ej klassificerad minst ett av åren: {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>ojämlikhetsindex ≥ mean + 1.0 SD and share in types 1+2 ≥ mean + 1.5 SD over {n} regions (unweighted, sample SD); rule AND</source>
      <translation>ojämlikhetsindex ≥ medelvärdet + 1,0 SD och andel i typ 1+2 ≥ medelvärdet + 1,5 SD över {n} regioner (oviktat, stickprovets SD); regel AND</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>p ({index})</source>
      <translation>p ({index})</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>population SD (ddof=0)</source>
      <translation>populationens standardavvikelse (ddof=0)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>population {n}</source>
      <translation>befolkning {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>population-weighted</source>
      <translation>befolkningsviktat</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>reference: another layer</source>
      <translation>referens: ett annat lager</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>reference: given values</source>
      <translation>referens: angivna värden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>reference: the input layer</source>
      <translation>referens: indatalagret</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>region has no population: shares not defined</source>
      <translation>regionen har ingen befolkning: andelarna är inte definierade</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>region missing in year A: change not tested</source>
      <translation>regionen saknas år A: förändringen har inte testats</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>region missing in year B: change not tested</source>
      <translation>regionen saknas år B: förändringen har inte testats</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>same type: {n}</source>
      <translation>samma typ: {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>sample SD (ddof=1)</source>
      <translation>stickprovets standardavvikelse (ddof=1)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>segregation_reports</source>
      <translation>segregationsrapporter</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>semicolon</source>
      <translation>semikolon</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>shares and the ojämlikhetsindex in percent; other indices between 0 and 1</source>
      <translation>andelar och ojämlikhetsindex i procent; övriga index mellan 0 och 1</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>single-group indices: {form}; Atkinson b = {b}; permutations {n}</source>
      <translation>engruppsindex: {form}; Atkinson b = {b}; permutationer {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>some groups are absent: multigroup indices use the groups present</source>
      <translation>några grupper saknas: flergruppsindex använder de grupper som förekommer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>stops.txt of a GTFS feed (or the feed's .zip): its stops are the existing ones.</source>
      <translation>stops.txt i ett GTFS-flöde (eller flödets .zip): dess hållplatser är de befintliga.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>tab</source>
      <translation>tabb</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>time_series.csv</source>
      <translation>tidsserie.csv</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>too few regions for a standard deviation: no region flagged</source>
      <translation>för få regioner för en standardavvikelse: ingen region flaggad</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>unweighted</source>
      <translation>oviktat</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>value missing: region not flagged</source>
      <translation>värde saknas: regionen är inte flaggad</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>value {value}; weight {weight}</source>
      <translation>värde {value}; vikt {weight}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/inequality.py" />
      <source>values sum to zero: inequality not defined</source>
      <translation>värdena summerar till noll: ojämlikheten är inte definierad</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>weights</source>
      <translation>vikter</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>whole layer</source>
      <translation>hela lagret</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>wide (one column per year)</source>
      <translation>bred (en kolumn per år)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>worse type (lower number): {n}</source>
      <translation>sämre typ (lägre nummer): {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>year A</source>
      <translation>år A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>year A has a note: run the indices for year A to see it</source>
      <translation>år A har en notering: beräkna indexen för år A för att se den</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>year A {a}; year B {b}; {n} permutations</source>
      <translation>år A {a}; år B {b}; {n} permutationer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>year B</source>
      <translation>år B</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>year B has a note: run the indices for year B to see it</source>
      <translation>år B har en notering: beräkna indexen för år B för att se den</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>{count} area(s) not classified (missing values; see area_type_note).</source>
      <translation>{count} område(n) ej klassificerade (saknade värden; se area_type_note).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>{count} area(s) without geometry skipped: their population ({population}) is not in the summary.</source>
      <translation>{count} område(n) utan geometri har hoppats över: deras befolkning ({population}) ingår inte i sammanfattningen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>{count} area(s) without statistics: {codes}</source>
      <translation>{count} område(n) utan statistik: {codes}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{count} areas without statistics</source>
      <translation>{count} områden utan statistik</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>{count} invalid area geometr(y/ies) repaired (in the output only).</source>
      <translation>{count} ogiltig(a) områdesgeometri(er) reparerade (bara i resultatet).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>{count} of {total} stop(s)/line(s) lie outside all areas (check the layers' coordinate systems if this is unexpected).</source>
      <translation>{count} av {total} hållplats(er)/linje(r) ligger utanför alla områden (kontrollera lagrens koordinatsystem om detta är oväntat).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>{count} pair(s) of areas overlap (e.g. {example}): people in an overlap are counted in each area, so the totals count them more than once.</source>
      <translation>{count} par av områden överlappar (t.ex. {example}): personer i en överlappning räknas i varje område, så totalerna räknar dem mer än en gång.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>{count} region label(s) without code: {labels}</source>
      <translation>{count} regionbeteckning(ar) utan kod: {labels}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{count} region labels without code</source>
      <translation>{count} regionnamn utan kod</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>{count} stop(s)/line(s) with NULL {field} belong to no scenario.</source>
      <translation>{count} hållplats(er)/linje(r) med NULL i {field} hör inte till något scenario.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>{count} table code(s) match no area: {codes}</source>
      <translation>{count} tabellkod(er) motsvarar inget område: {codes}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{count} table codes match no area</source>
      <translation>{count} koder i tabellen matchar inget område</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>{count} table row(s) have no code and were left out; import with SCB's crosswalk or join by names.</source>
      <translation>{count} tabellrad(er) saknar kod och har utelämnats; importera med SCB:s kopplingstabell eller koppla via namn.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{count} table rows without code</source>
      <translation>{count} tabellrader utan kod</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>{field} missing</source>
      <translation>{field} saknas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{file}: {matched} of {total} areas matched</source>
      <translation>{file}: {matched} av {total} områden matchade</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>{groups}; low-income group {low}, high-income group {high}; indices over the {unit} of the layer</source>
      <translation>{groups}; låginkomstgrupp {low}, höginkomstgrupp {high}; index över lagrets {unit}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/tasks.py" />
      <source>{id}: cancelled.</source>
      <translation>{id}: avbruten.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{layer} aggregated to {targets}</source>
      <translation>{layer} summerat till {targets}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{layer} with statistics</source>
      <translation>{layer} med statistik</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>{matched} of {total} area(s) got statistics from {table}.</source>
      <translation>{matched} av {total} område(n) fick statistik från {table}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{name} (county)</source>
      <translation>{name} (län)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>{name} is flagged: both its ojämlikhetsindex and its share of the population in area types 1 and 2 are high compared with the other regions.</source>
      <translation>{name} är flaggad: både ojämlikhetsindex och befolkningsandelen i områdestyp 1 och 2 är höga jämfört med de andra regionerna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>{name} is not flagged: its ojämlikhetsindex and its share in area types 1 and 2 are not both above the thresholds.</source>
      <translation>{name} är inte flaggad: ojämlikhetsindex och andelen i områdestyp 1 och 2 ligger inte båda över gränserna.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>{n} area(s) are in only one of the layers.</source>
      <translation>{n} område(n) finns bara i ett av lagren.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>{n} area(s) are in only one of the years; they count as not classified in the other.</source>
      <translation>{n} område(n) finns bara ett av åren; de räknas som ej klassificerade det andra året.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>{n} areas</source>
      <translation>{n} områden</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>{n} areas ({unit})</source>
      <translation>{n} områden ({unit})</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} invalid target polygon(s) repaired in the output (the input is unchanged).</source>
      <translation>{n} ogiltig(a) målpolygon(er) reparerade i resultatet (indata är oförändrade).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} invalid unit polygon(s) repaired before dissolving (input unchanged).</source>
      <translation>{n} ogiltig(a) enhetspolygon(er) reparerade före sammanslagningen (indata oförändrade).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>{n} layout(s) added to the project: Project ▸ Layouts, to edit and print them again.</source>
      <translation>{n} layout(er) har lagts till i projektet: Projekt ▸ Layouter, för att redigera och skriva ut dem igen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>{n} regions ({level}); {groups}.</source>
      <translation>{n} regioner ({level}); {groups}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>{n} report(s) in {folder}.</source>
      <translation>{n} rapport(er) i {folder}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} target(s) got no unit: {targets}</source>
      <translation>{n} målområde(n) fick ingen enhet: {targets}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} unit(s) have no target code: {units}</source>
      <translation>{n} enhet(er) saknar kod för målområde: {units}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} unit(s) lie in no target: {units}</source>
      <translation>{n} enhet(er) ligger inte i något målområde: {units}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} unit(s) lie partly outside the targets (only the part inside counts): {units}</source>
      <translation>{n} enhet(er) ligger delvis utanför målområdena (bara delen innanför räknas): {units}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} unit(s) overlap several targets and are split by area: {units}</source>
      <translation>{n} enhet(er) överlappar flera målområden och delas efter yta: {units}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} unit(s) overlap several targets but are assigned wholly to one: {units}</source>
      <translation>{n} enhet(er) överlappar flera målområden men tilldelas helt till ett: {units}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>{n} unit(s) with a missing value or weight are left out.</source>
      <translation>{n} enhet(er) med saknat värde eller saknad vikt utelämnas.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>{n} {unit} in {name}, {total} in the layer; regions: {regions}</source>
      <translation>{n} {unit} i {name}, {total} i lagret; regioner: {regions}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>{parameter} must be one of the group fields: {fields}</source>
      <translation>{parameter} måste vara ett av gruppfälten: {fields}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{rows} rows for {regions} regions, header on line {line}</source>
      <translation>{rows} rader för {regions} regioner, rubrikrad på rad {line}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>{row} → {column}: {value}</source>
      <translation>{row} → {column}: {value}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>{scenario}: {covered} of {total} inhabitants within reach ({share}).</source>
      <translation>{scenario}: {covered} av {total} invånare inom räckhåll ({share}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>{scenario}: {ratio} ({low} in types 1–2, {high} in types 4–5)</source>
      <translation>{scenario}: {ratio} ({low} i typ 1–2, {high} i typ 4–5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{units} unit(s) aggregated to {targets} target(s) {method}.</source>
      <translation>{units} enhet(er) aggregerade till {targets} målområde(n) {method}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{units} unit(s) assigned to {targets} target(s): {method}.</source>
      <translation>{units} enhet(er) tilldelade till {targets} målområde(n): {method}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>{what} from {field}</source>
      <translation>{what} från {field}</translation>
    </message>
  </context>
</TS>

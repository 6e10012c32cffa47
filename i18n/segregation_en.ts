<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>Segregation</name>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>"{entry}" is not a field of the table; it has: {available}.</source>
      <translation>"{entry}" is not a field of the table; it has: {available}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>"{entry}" matches no variable or year of the table; it has: {available}.</source>
      <translation>"{entry}" matches no variable or year of the table; it has: {available}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>(+{n} more)</source>
      <translation>(+{n} more)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>(assumes an even spread within each unit)</source>
      <translation>(assumes an even spread within each unit)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>(no variable)</source>
      <translation>(no variable)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>, numbers padded with leading zeros to {n} digits</source>
      <translation>, numbers padded with leading zeros to {n} digits</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>A base scenario needs a scenario field: choose the scenario field.</source>
      <translation>A base scenario needs a scenario field: choose the scenario field.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>A distance per stop in metres (e.g. 1000 for rail); empty: the distance above.</source>
      <translation>A distance per stop in metres (e.g. 1000 for rail); empty: the distance above.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>A given reference needs a finite mean and a standard deviation above 0.</source>
      <translation>A given reference needs a finite mean and a standard deviation above 0.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>A layer or table with one row per area (DeSO, RegSO…)</source>
      <translation>A layer or table with one row per area (DeSO, RegSO…)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>A report per municipality as PDF: a map of the area types, population per area type, the segregation measures with Delmos' flags, plain-language explanations and the method. The layouts can be edited in the project.</source>
      <translation>A report per municipality as PDF: a map of the area types, population per area type, the segregation measures with Delmos' flags, plain-language explanations and the method. The layouts can be edited in the project.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>About your own data</source>
      <translation>About your own data</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Add at least one statistics file.</source>
      <translation>Add at least one statistics file.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Add boundaries from a file (GeoPackage, …)</source>
      <translation>Add boundaries from a file (GeoPackage, …)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Add the layouts to the project</source>
      <translation>Add the layouts to the project</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Add the layouts to the project (to edit them)</source>
      <translation>Add the layouts to the project (to edit them)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Added {n} sample layers to the project (copied to {folder}).</source>
      <translation>Added {n} sample layers to the project (copied to {folder}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Adds the plugin's fictional sample county Exempellän to the project: three municipalities (9901 Åstad, 9902 Björkvik, 9903 Granmo) with DeSO- and RegSO-like areas, districts, transit stops and lines (existing and planned), and SCB-style statistics tables. The data is a copy in the output folder, so the plugin's own files are never edited. The numbers are made up: use them to learn the plugin.</source>
      <translation>Adds the plugin's fictional sample county Exempellän to the project: three municipalities (9901 Åstad, 9902 Björkvik, 9903 Granmo) with DeSO- and RegSO-like areas, districts, transit stops and lines (existing and planned), and SCB-style statistics tables. The data is a copy in the output folder, so the plugin's own files are never edited. The numbers are made up: use them to learn the plugin.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Adds up statistics of small units (e.g. DeSO) to larger or other areas: RegSO, municipalities, or your own districts and planning areas.

Which target a unit belongs to: (a) a code: a field of the units holding the target's code (e.g. regsokod or kommunkod), or SCB's crosswalk 'Koppling DeSO 2018 - RegSO 2020' with the units' DeSO code field; the output is the units dissolved per code. (b) a polygon layer of targets, with one of three assignments: point on surface (the unit goes wholly to the target containing a point inside it), largest overlap (wholly to the target covering the largest part of it, unless a larger part lies outside all targets), or area-weighted apportioning (the unit is split by the share of its area in each target: areal weighting, Goodchild &amp; Lam 1980). Overlaps smaller than a millionth of a unit's area are slivers of digitising or reprojection and ignored. Area-weighted apportioning assumes that people and counts are spread evenly within each unit, which is rarely true (lakes, forests, new housing): read its results as estimates. The output is the target polygons.

Rules per field, as SCB computes regional statistics: sum for counts (persons, households); ratio to recompute a share from summed counts, written name=numerator/denominator*100 (e.g. andel_lag_ek_standard=lag_ek_standard/befolkning*100; several separated by semicolons); mean for shares and means that have no counts, weighted by the weight field (e.g. the population the share refers to; unweighted without one); minimum and maximum (fields named *_min, *_max); copy (a text such as kommunnamn, from the unit with the largest part). Shares are never averaged unweighted. A missing value (NULL, '..') is left out; a target whose units are all missing gets NULL, not 0. n_units counts the units in each target.

Reported: units in no target (UNITS_UNASSIGNED) and units overlapping several targets (UNITS_SPLIT). Targets in another CRS are reprojected to the units' CRS; overlays of units in degrees are computed in SWEREF 99 TM (EPSG:3006); invalid polygons are repaired in the output only. The inputs are never changed.

Statistics: SCB, Statistikdatabasen; crosswalk: SCB, Regionala statistikområden (RegSO).</source>
      <translation>Adds up statistics of small units (e.g. DeSO) to larger or other areas: RegSO, municipalities, or your own districts and planning areas.

Which target a unit belongs to: (a) a code: a field of the units holding the target's code (e.g. regsokod or kommunkod), or SCB's crosswalk 'Koppling DeSO 2018 - RegSO 2020' with the units' DeSO code field; the output is the units dissolved per code. (b) a polygon layer of targets, with one of three assignments: point on surface (the unit goes wholly to the target containing a point inside it), largest overlap (wholly to the target covering the largest part of it, unless a larger part lies outside all targets), or area-weighted apportioning (the unit is split by the share of its area in each target: areal weighting, Goodchild &amp; Lam 1980). Overlaps smaller than a millionth of a unit's area are slivers of digitising or reprojection and ignored. Area-weighted apportioning assumes that people and counts are spread evenly within each unit, which is rarely true (lakes, forests, new housing): read its results as estimates. The output is the target polygons.

Rules per field, as SCB computes regional statistics: sum for counts (persons, households); ratio to recompute a share from summed counts, written name=numerator/denominator*100 (e.g. andel_lag_ek_standard=lag_ek_standard/befolkning*100; several separated by semicolons); mean for shares and means that have no counts, weighted by the weight field (e.g. the population the share refers to; unweighted without one); minimum and maximum (fields named *_min, *_max); copy (a text such as kommunnamn, from the unit with the largest part). Shares are never averaged unweighted. A missing value (NULL, '..') is left out; a target whose units are all missing gets NULL, not 0. n_units counts the units in each target.

Reported: units in no target (UNITS_UNASSIGNED) and units overlapping several targets (UNITS_SPLIT). Targets in another CRS are reprojected to the units' CRS; overlays of units in degrees are computed in SWEREF 99 TM (EPSG:3006); invalid polygons are repaired in the output only. The inputs are never changed.

Statistics: SCB, Statistikdatabasen; crosswalk: SCB, Regionala statistikområden (RegSO).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Adds up the joined statistics to your own areas (e.g. districts): counts (whole numbers) are summed, shares are averaged weighted by the population.</source>
      <translation>Adds up the joined statistics to your own areas (e.g. districts): counts (whole numbers) are summed, shares are averaged weighted by the population.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Aggregate statistics to larger areas</source>
      <translation>Aggregate statistics to larger areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Aggregate to other areas</source>
      <translation>Aggregate to other areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Aggregated areas</source>
      <translation>Aggregated areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Aggregated {units} units to {targets} target areas; {unassigned} in no target, {split} split between targets.</source>
      <translation>Aggregated {units} units to {targets} target areas; {unassigned} in no target, {split} split between targets.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Aggregating to the targets</source>
      <translation>Aggregating to the targets</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Aggregation</source>
      <translation>Aggregation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>All areas</source>
      <translation>All areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>All areas of the layer</source>
      <translation>All areas of the layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>All files (*.*)</source>
      <translation>All files (*.*)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>All loaded</source>
      <translation>All loaded</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>An indicator has standard deviation 0 in the reference: cannot standardise.</source>
      <translation>An indicator has standard deviation 0 in the reference: cannot standardise.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Another layer (e.g. all of Sweden)</source>
      <translation>Another layer (e.g. all of Sweden)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Apply the style to the input layer itself (changes only its style)</source>
      <translation>Apply the style to the input layer itself (changes only its style)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Area boundaries</source>
      <translation>Area boundaries</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Area boundaries: SCB's DeSO or RegSO GeoPackage, or your own districts, already in the project or from a file.</source>
      <translation>Area boundaries: SCB's DeSO or RegSO GeoPackage, or your own districts, already in the project or from a file.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area code (in both layers)</source>
      <translation>Area code (in both layers)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Area code field</source>
      <translation>Area code field</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Area code field to match the two layers</source>
      <translation>Area code field to match the two layers</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Area level</source>
      <translation>Area level</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Area name field for map labels (default: detected)</source>
      <translation>Area name field for map labels (default: detected)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Area type</source>
      <translation>Area type</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Area type (1-5); the colours are those of the map.</source>
      <translation>Area type (1-5); the colours are those of the map.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Area type (empty: no flags)</source>
      <translation>Area type (empty: no flags)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Area type (områdestyp)</source>
      <translation>Area type (områdestyp)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Area type field (1-5 or SCB's labels; default: detected)</source>
      <translation>Area type field (1-5 or SCB's labels; default: detected)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Area type field (1-5)</source>
      <translation>Area type field (1-5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Area type field (default: area_type)</source>
      <translation>Area type field (default: area_type)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Area type field (or any categorical field)</source>
      <translation>Area type field (or any categorical field)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Area type field, year A</source>
      <translation>Area type field, year A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Area type field, year B</source>
      <translation>Area type field, year B</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Area type field: {field}</source>
      <translation>Area type field: {field}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area type {year}</source>
      <translation>Area type {year}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area type, year A</source>
      <translation>Area type, year A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area type, year B</source>
      <translation>Area type, year B</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Area types</source>
      <translation>Area types</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Area types (områdestyper)</source>
      <translation>Area types (områdestyper)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Area types ({layer})</source>
      <translation>Area types ({layer})</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Area types and flags</source>
      <translation>Area types and flags</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Area types and flags (optional)</source>
      <translation>Area types and flags (optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Area types and flags per region</source>
      <translation>Area types and flags per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Area types and segregation: {name}</source>
      <translation>Area types and segregation: {name}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Area types could not be computed: {error}</source>
      <translation>Area types could not be computed: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area types found: {years}.</source>
      <translation>Area types found: {years}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area types {year}</source>
      <translation>Area types {year}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Area-type composition and flags per region</source>
      <translation>Area-type composition and flags per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Area-type transitions</source>
      <translation>Area-type transitions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Area-type transitions between two years</source>
      <translation>Area-type transitions between two years</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Area-weighted share of each area inside the catchment (population evenly spread)</source>
      <translation>Area-weighted share of each area inside the catchment (population evenly spread)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Area-weighted: units split by the share of their area in each target</source>
      <translation>Area-weighted: units split by the share of their area in each target</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Areas</source>
      <translation>Areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Areas (DeSO, RegSO…) with a count per group.</source>
      <translation>Areas (DeSO, RegSO…) with a count per group.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Areas (DeSO, RegSO…) with group counts per year.</source>
      <translation>Areas (DeSO, RegSO…) with group counts per year.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Areas (e.g. DeSO or RegSO)</source>
      <translation>Areas (e.g. DeSO or RegSO)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Areas (polygon layer or table)</source>
      <translation>Areas (polygon layer or table)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Areas (polygons)</source>
      <translation>Areas (polygons)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Areas (units) with population in the region.</source>
      <translation>Areas (units) with population in the region.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Areas in only one of the years</source>
      <translation>Areas in only one of the years</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Areas in the reference</source>
      <translation>Areas in the reference</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Areas not classified</source>
      <translation>Areas not classified</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Areas not classified: {n}</source>
      <translation>Areas not classified: {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Areas of type {t}</source>
      <translation>Areas of type {t}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Areas of type {t}: {n}</source>
      <translation>Areas of type {t}: {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Areas sharing a code (each gets the statistics): {codes}</source>
      <translation>Areas sharing a code (each gets the statistics): {codes}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Areas with a better type</source>
      <translation>Areas with a better type</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Areas with a worse type</source>
      <translation>Areas with a worse type</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Areas with an area-type field</source>
      <translation>Areas with an area-type field</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Areas with area types</source>
      <translation>Areas with area types</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Areas with area types (output of the area types algorithm)</source>
      <translation>Areas with area types (output of the area types algorithm)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Areas with area types per year (optional)</source>
      <translation>Areas with area types per year (optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Areas with area types, e.g. the result of the Area types step.</source>
      <translation>Areas with area types, e.g. the result of the Area types step.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Areas with covered population</source>
      <translation>Areas with covered population</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Areas with good socioeconomic conditions</source>
      <translation>Areas with good socioeconomic conditions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Areas with group counts</source>
      <translation>Areas with group counts</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Areas with group counts per year</source>
      <translation>Areas with group counts per year</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Areas with major socioeconomic challenges</source>
      <translation>Areas with major socioeconomic challenges</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Areas with population, e.g. the result of Area types.</source>
      <translation>Areas with population, e.g. the result of Area types.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Areas with socioeconomic challenges</source>
      <translation>Areas with socioeconomic challenges</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Areas with statistics</source>
      <translation>Areas with statistics</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Areas with the same type</source>
      <translation>Areas with the same type</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Areas with very good socioeconomic conditions</source>
      <translation>Areas with very good socioeconomic conditions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Areas without statistics</source>
      <translation>Areas without statistics</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Areas without statistics (codes)</source>
      <translation>Areas without statistics (codes)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Areas, year A</source>
      <translation>Areas, year A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Areas, year B</source>
      <translation>Areas, year B</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Areas, year B (default: the same layer)</source>
      <translation>Areas, year B (default: the same layer)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Assigning units to target polygons needs unit polygons; {layer} has no polygons.</source>
      <translation>Assigning units to target polygons needs unit polygons; {layer} has no polygons.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Assignment</source>
      <translation>Assignment</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Assignment of units to target polygons</source>
      <translation>Assignment of units to target polygons</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>At least 2 classifiable areas are needed for a reference; found {n}.</source>
      <translation>At least 2 classifiable areas are needed for a reference; found {n}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>At least one indicator is needed.</source>
      <translation>At least one indicator is needed.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Atkinson</source>
      <translation>Atkinson</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Atkinson index</source>
      <translation>Atkinson index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Atkinson parameter b</source>
      <translation>Atkinson parameter b</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Background boundaries, e.g. municipalities (optional)</source>
      <translation>Background boundaries, e.g. municipalities (optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Base scenario</source>
      <translation>Base scenario</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>Base scenario '{base}' is not a value of the scenario field (values: {values}).</source>
      <translation>Base scenario '{base}' is not a value of the scenario field (values: {values}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Base scenario '{base}': its stops and lines are included in every other scenario, so each scenario is the network {base} + that scenario.</source>
      <translation>Base scenario '{base}': its stops and lines are included in every other scenario, so each scenario is the network {base} + that scenario.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Base scenario, included in every other scenario (e.g. befintlig)</source>
      <translation>Base scenario, included in every other scenario (e.g. befintlig)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: an evenness measure that compares every pair of areas; 0 means the focus group's share is the same in every area.</source>
      <translation>Between 0 and 1: an evenness measure that compares every pair of areas; 0 means the focus group's share is the same in every area.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: how isolated the groups are from each other, averaged over the groups; 0 means every area has the same mix.</source>
      <translation>Between 0 and 1: how isolated the groups are from each other, averaged over the groups; 0 means every area has the same mix.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: how much less diverse the areas are than the municipality as a whole, over all groups.</source>
      <translation>Between 0 and 1: how much less diverse the areas are than the municipality as a whole, over all groups.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: how much less mixed the areas are than the whole, taking all groups (e.g. all five income fifths) into account at once.</source>
      <translation>Between 0 and 1: how much less mixed the areas are than the whole, taking all groups (e.g. all five income fifths) into account at once.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: how much less mixed the areas are, on average, than the municipality as a whole. 0 means every area is as mixed as the whole.</source>
      <translation>Between 0 and 1: how much less mixed the areas are, on average, than the municipality as a whole. 0 means every area is as mixed as the whole.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: the dissimilarity index taken over all groups at once.</source>
      <translation>Between 0 and 1: the dissimilarity index taken over all groups at once.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: the segregation Gini taken over all groups at once.</source>
      <translation>Between 0 and 1: the segregation Gini taken over all groups at once.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: the share of other residents in the area where a typical member of the focus group lives; low values mean little everyday contact between groups.</source>
      <translation>Between 0 and 1: the share of other residents in the area where a typical member of the focus group lives; low values mean little everyday contact between groups.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: the share of the focus group (e.g. low income) that would have to move for it to be spread over the areas like everyone else. 0 means an even spread.</source>
      <translation>Between 0 and 1: the share of the focus group (e.g. low income) that would have to move for it to be spread over the areas like everyone else. 0 means an even spread.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: the share of the focus group among the residents of the area where a typical member of the focus group lives. Compare it with the focus group's share of the whole population.</source>
      <translation>Between 0 and 1: the share of the focus group among the residents of the area where a typical member of the focus group lives. Compare it with the focus group's share of the whole population.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Between 0 and 1: unevenness of the focus group over the areas, with a parameter b that decides whether areas where the group is under- or over-represented count more.</source>
      <translation>Between 0 and 1: unevenness of the focus group over the areas, with a parameter b that decides whether areas where the group is under- or over-represented count more.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Both flags (AND)</source>
      <translation>Both flags (AND)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transitions.py" />
      <source>Both years need one area type per area ({a} and {b} given).</source>
      <translation>Both years need one area type per area ({a} and {b} given).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Boundaries</source>
      <translation>Boundaries</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Boundaries on the map (optional)</source>
      <translation>Boundaries on the map (optional)</translation>
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
      <translation>CSV or XLSX exports from SCB's Statistikdatabasen.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>Cancelled.</source>
      <translation>Cancelled.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Cancelled: no layer was added.</source>
      <translation>Cancelled: no layer was added.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/runcontrols.py" />
      <source>Cancelled; already added: {names}.</source>
      <translation>Cancelled; already added: {names}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Cannot read the ratio "{text}"; write name=numerator/denominator*100, several separated by semicolons, e.g. andel_lag_ek_standard=lag_ek_standard/befolkning*100.</source>
      <translation>Cannot read the ratio "{text}"; write name=numerator/denominator*100, several separated by semicolons, e.g. andel_lag_ek_standard=lag_ek_standard/befolkning*100.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Cannot read {file}: {error}</source>
      <translation>Cannot read {file}: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Cannot read {file}: {reason}</source>
      <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Cannot read {what}: '{text}'.</source>
      <translation>Cannot read {what}: '{text}'.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Cannot transform feature {fid} of {layer} to {crs}: {reason}</source>
      <translation>Cannot transform feature {fid} of {layer} to {crs}: {reason}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Catchments</source>
      <translation>Catchments</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Change of indices between two years (test)</source>
      <translation>Change of indices between two years (test)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Change over time: how areas moved between area types from one year to another, and how each municipality's ojämlikhetsindex and its population share in area types 1–2 developed when several years are loaded.</source>
      <translation>Change over time: how areas moved between area types from one year to another, and how each municipality's ojämlikhetsindex and its population share in area types 1–2 developed when several years are loaded.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Change per region</source>
      <translation>Change per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Chart</source>
      <translation>Chart</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Choose a numeric field to show.</source>
      <translation>Choose a numeric field to show.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Choose at least one field to aggregate (sum, mean, ratio, minimum or maximum).</source>
      <translation>Choose at least one field to aggregate (sum, mean, ratio, minimum or maximum).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Choose at least one index.</source>
      <translation>Choose at least one index.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Choose at least one of: stops, a GTFS stops.txt, lines.</source>
      <translation>Choose at least one of: stops, a GTFS stops.txt, lines.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Choose at least two group fields.</source>
      <translation>Choose at least two group fields.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Choose how units are assigned: a target code field, a crosswalk, or a layer of target polygons.</source>
      <translation>Choose how units are assigned: a target code field, a crosswalk, or a layer of target polygons.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Choose stops, a GTFS stops.txt or lines.</source>
      <translation>Choose stops, a GTFS stops.txt or lines.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Choose the DeSO/RegSO code field (CODE_FIELD) or a region field: no field named like desokod or regsokod was found in {layer}.</source>
      <translation>Choose the DeSO/RegSO code field (CODE_FIELD) or a region field: no field named like desokod or regsokod was found in {layer}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Choose the area code field that matches the two layers.</source>
      <translation>Choose the area code field that matches the two layers.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Choose the area code field.</source>
      <translation>Choose the area code field.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Choose the area code that matches the layers.</source>
      <translation>Choose the area code that matches the layers.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Choose the area type field: no field named like area_type or omradestyp was found in {layer}.</source>
      <translation>Choose the area type field: no field named like area_type or omradestyp was found in {layer}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Choose the area-type field.</source>
      <translation>Choose the area-type field.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Choose the area-type fields of both years.</source>
      <translation>Choose the area-type fields of both years.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Choose the field that names the regions.</source>
      <translation>Choose the field that names the regions.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Choose the folder for the reports.</source>
      <translation>Choose the folder for the reports.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Choose the layer of year B.</source>
      <translation>Choose the layer of year B.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Choose the layer with group counts per year.</source>
      <translation>Choose the layer with group counts per year.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Choose the layer with the area boundaries.</source>
      <translation>Choose the layer with the area boundaries.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Choose the layer with the area types.</source>
      <translation>Choose the layer with the area types.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Choose the layer with the areas.</source>
      <translation>Choose the layer with the areas.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Choose the layer with the group counts.</source>
      <translation>Choose the layer with the group counts.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Choose the population field of the areas.</source>
      <translation>Choose the population field of the areas.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Choose the population field.</source>
      <translation>Choose the population field.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Choose the reference layer.</source>
      <translation>Choose the reference layer.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Choose the region code field of the boundaries.</source>
      <translation>Choose the region code field of the boundaries.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Choose the statistics file.</source>
      <translation>Choose the statistics file.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Choose the target areas to aggregate to.</source>
      <translation>Choose the target areas to aggregate to.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Choose the three indicator fields V1, V2 and V3, or an index field.</source>
      <translation>Choose the three indicator fields V1, V2 and V3, or an index field.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Choose the three indicator fields V1, V2 and V3.</source>
      <translation>Choose the three indicator fields V1, V2 and V3.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Choose two different area-type fields.</source>
      <translation>Choose two different area-type fields.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Classes</source>
      <translation>Classes</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Classifies areas into SCB's five area types (områdestyper) by the socioeconomic index (V1 + V2 + V3) / 3, in standard deviations from the reference mean. Types 1 and 2 are areas with socioeconomic challenges.</source>
      <translation>Classifies areas into SCB's five area types (områdestyper) by the socioeconomic index (V1 + V2 + V3) / 3, in standard deviations from the reference mean. Types 1 and 2 are areas with socioeconomic challenges.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/regions.py" />
      <source>Code '{code}' of feature {feature} does not start with a {width}-digit {what} code; {count} feature(s) affected.</source>
      <translation>Code '{code}' of feature {feature} does not start with a {width}-digit {what} code; {count} feature(s) affected.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Code field of the areas (default: detected)</source>
      <translation>Code field of the areas (default: detected)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Code field of the areas used</source>
      <translation>Code field of the areas used</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Code field of the areas: {field} (matches the table best).</source>
      <translation>Code field of the areas: {field} (matches the table best).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Code field of the table</source>
      <translation>Code field of the table</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Codes</source>
      <translation>Codes</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Combined flag</source>
      <translation>Combined flag</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Compare (high-income) group among year A's fields</source>
      <translation>Compare (high-income) group among year A's fields</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Compare group (high-income group; default the last)</source>
      <translation>Compare group (high-income group; default the last)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Composition and flags per region</source>
      <translation>Composition and flags per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Composition and flags per region (output of regionflags; optional)</source>
      <translation>Composition and flags per region (output of regionflags; optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Compute the time series</source>
      <translation>Compute the time series</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Computes SCB's and Delmos' socioeconomic index per area and cuts it into the five area types (områdestyper).

Index = (V1 + V2 + V3) / 3, where V1 is the share (%) with low economic standard, V2 the share aged 20-64 with at most förgymnasial education and V3 the share aged 20-64 with long-term social assistance and/or unemployment. Type 1: index &gt;= mean + 2 SD; type 2: &gt;= mean + SD; type 3: &gt;= mean; type 4: &gt;= mean - SD; type 5: below. Types 1-2 are 'areas with socioeconomic challenges'.

Reference: the official types use all 3 363 RegSO of Sweden. Classifying one municipality against its own mean gives local types, and the log says so; give the national mean and SD (or a national layer) to classify against Sweden.

Defaults: unweighted mean and sample SD (ddof=1) over areas. Instead of V1-V3 you can give your own indicator fields with directions, weights and z-score standardisation, or an existing index field.

Missing values (NULL, '..') leave an area unclassified with a note. Source: SCB, Statistikdatabasen, 'Socioekonomiskt index och områdestyp', footnotes.</source>
      <translation>Computes SCB's and Delmos' socioeconomic index per area and cuts it into the five area types (områdestyper).

Index = (V1 + V2 + V3) / 3, where V1 is the share (%) with low economic standard, V2 the share aged 20-64 with at most förgymnasial education and V3 the share aged 20-64 with long-term social assistance and/or unemployment. Type 1: index &gt;= mean + 2 SD; type 2: &gt;= mean + SD; type 3: &gt;= mean; type 4: &gt;= mean - SD; type 5: below. Types 1-2 are 'areas with socioeconomic challenges'.

Reference: the official types use all 3 363 RegSO of Sweden. Classifying one municipality against its own mean gives local types, and the log says so; give the national mean and SD (or a national layer) to classify against Sweden.

Defaults: unweighted mean and sample SD (ddof=1) over areas. Instead of V1-V3 you can give your own indicator fields with directions, weights and z-score standardisation, or an existing index field.

Missing values (NULL, '..') leave an area unclassified with a note. Source: SCB, Statistikdatabasen, 'Socioekonomiskt index och områdestyp', footnotes.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Computes segregation indices per region (municipality, county, the whole layer or a field) from counts of mutually exclusive groups per unit (DeSO, RegSO, grid cells, your own areas), e.g. persons per national income quintile Q1..Q5.

Ojämlikhetsindex (Delmos): the percentage of the low-income group (COMPARE_GROUP is the high-income group) that would have to move to be spread like the high-income group, 100 x 1/2 sum |L_i/L - H_i/H|. Computed with your units and groups; Delmos' exact units and income concept are not public in detail. National figures for orientation: 27 % (1990), 41 % (2018).

Single-group indices (focus group vs the rest of the total, or vs the compare group when 'two-group' is ticked): dissimilarity, Gini, information theory H, isolation, exposure, Atkinson (parameter b). Multigroup: dissimilarity (Reardon-Firebaugh), information theory, Gini, relative diversity, normalised exposure. Definitions as in PySAL segregation (Massey &amp; Denton 1988; Reardon &amp; Firebaugh 2002).

Units with zero population are dropped (counted in n_units_empty). A region with fewer than 2 populated units, or a group with zero total, gets NULL with a note.

PERMUTATIONS &gt; 0 adds p-values (*_p) from a seeded random-labelling test for D, H and the ojämlikhetsindex.</source>
      <translation>Computes segregation indices per region (municipality, county, the whole layer or a field) from counts of mutually exclusive groups per unit (DeSO, RegSO, grid cells, your own areas), e.g. persons per national income quintile Q1..Q5.

Ojämlikhetsindex (Delmos): the percentage of the low-income group (COMPARE_GROUP is the high-income group) that would have to move to be spread like the high-income group, 100 x 1/2 sum |L_i/L - H_i/H|. Computed with your units and groups; Delmos' exact units and income concept are not public in detail. National figures for orientation: 27 % (1990), 41 % (2018).

Single-group indices (focus group vs the rest of the total, or vs the compare group when 'two-group' is ticked): dissimilarity, Gini, information theory H, isolation, exposure, Atkinson (parameter b). Multigroup: dissimilarity (Reardon-Firebaugh), information theory, Gini, relative diversity, normalised exposure. Definitions as in PySAL segregation (Massey &amp; Denton 1988; Reardon &amp; Firebaugh 2002).

Units with zero population are dropped (counted in n_units_empty). A region with fewer than 2 populated units, or a group with zero total, gets NULL with a note.

PERMUTATIONS &gt; 0 adds p-values (*_p) from a seeded random-labelling test for D, H and the ojämlikhetsindex.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Computing the catchments</source>
      <translation>Computing the catchments</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Computing the indices</source>
      <translation>Computing the indices</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Copies the sample data to a folder in your QGIS profile and adds its layers.</source>
      <translation>Copies the sample data to a folder in your QGIS profile and adds its layers.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Copy from the unit with the largest part (e.g. kommunnamn)</source>
      <translation>Copy from the unit with the largest part (e.g. kommunnamn)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Could not open {file} as a layer.</source>
      <translation>Could not open {file} as a layer.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/layers.py" />
      <source>Could not write feature {fid}.</source>
      <translation>Could not write feature {fid}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Could not write {file}: {error}</source>
      <translation>Could not write {file}: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Could not write {path}: {error}</source>
      <translation>Could not write {path}: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Counting the transitions</source>
      <translation>Counting the transitions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Counts must be a table of units x groups.</source>
      <translation>Counts must be a table of units x groups.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>County</source>
      <translation>County</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>County (from code)</source>
      <translation>County (from code)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>County (from the area code)</source>
      <translation>County (from the area code)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>County {code}</source>
      <translation>County {code}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Coverage by scenario and area type</source>
      <translation>Coverage by scenario and area type</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Covered</source>
      <translation>Covered</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Covered population</source>
      <translation>Covered population</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Covered population per scenario (JSON)</source>
      <translation>Covered population per scenario (JSON)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Covered share of the inhabitants.</source>
      <translation>Covered share of the inhabitants.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Crosswalk DeSO - RegSO (SCB's CSV file, optional)</source>
      <translation>Crosswalk DeSO - RegSO (SCB's CSV file, optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Crosswalk DeSO - RegSO (SCB's CSV file; instead of a target field)</source>
      <translation>Crosswalk DeSO - RegSO (SCB's CSV file; instead of a target field)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Crosswalk DeSO - RegSO as a table layer (instead of the file, optional)</source>
      <translation>Crosswalk DeSO - RegSO as a table layer (instead of the file, optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Crosswalk DeSO–RegSO (optional)</source>
      <translation>Crosswalk DeSO–RegSO (optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Crosswalk from the layer {layer}.</source>
      <translation>Crosswalk from the layer {layer}.</translation>
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
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>DeSO</source>
      <translation>DeSO</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>DeSO (sample)</source>
      <translation>DeSO (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>DeSO code field of the units, for the crosswalk (default: detected)</source>
      <translation>DeSO code field of the units, for the crosswalk (default: detected)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>DeSO-level approximation (the official index is RegSO level)</source>
      <translation>DeSO-level approximation (the official index is RegSO level)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>DeSO/RegSO code field (default: detected)</source>
      <translation>DeSO/RegSO code field (default: detected)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Decimal mark</source>
      <translation>Decimal mark</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Decimal mark: '{decimal}'</source>
      <translation>Decimal mark: '{decimal}'</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Delmos (now Boverket) screened municipalities for large challenges of socioeconomic segregation: a municipality is flagged when its ojämlikhetsindex is at least the mean plus one standard deviation and its share in area types 1 and 2 at least the mean plus 1.5 standard deviations, over the municipalities compared. A flag is a reason to look closer, not a verdict.</source>
      <translation>Delmos (now Boverket) screened municipalities for large challenges of socioeconomic segregation: a municipality is flagged when its ojämlikhetsindex is at least the mean plus one standard deviation and its share in area types 1 and 2 at least the mean plus 1.5 standard deviations, over the municipalities compared. A flag is a reason to look closer, not a verdict.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Delmos' flags: ojämlikhetsindex at least {t1} and share in area types 1+2 at least {t2} (mean + k × SD over these regions).</source>
      <translation>Delmos' flags: ojämlikhetsindex at least {t1} and share in area types 1+2 at least {t2} (mean + k × SD over these regions).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/messages.py" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Detect from codes</source>
      <translation>Detect from codes</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Directions must be +1 (higher is worse) or -1.</source>
      <translation>Directions must be +1 (higher is worse) or -1.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Directions of own indicators: 1 = higher is worse, -1 = higher is better</source>
      <translation>Directions of own indicators: 1 = higher is worse, -1 = higher is better</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Dissimilarity D</source>
      <translation>Dissimilarity D</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Dissimilarity index D</source>
      <translation>Dissimilarity index D</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Distance field (optional)</source>
      <translation>Distance field (optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Distance field per stop/line (metres; e.g. 1000 for rail)</source>
      <translation>Distance field per stop/line (metres; e.g. 1000 for rail)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Districts (sample)</source>
      <translation>Districts (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Done: indices for {n} regions.</source>
      <translation>Done: indices for {n} regions.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Done: {names} added to the project.</source>
      <translation>Done: {names} added to the project.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Done: {n} areas classified; the layer “{name}” was added to the project.</source>
      <translation>Done: {n} areas classified; the layer “{name}” was added to the project.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Done: {n} regions over {years}.</source>
      <translation>Done: {n} regions over {years}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Done: {n} report(s) written.</source>
      <translation>Done: {n} report(s) written.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Done: {same} areas kept their type, {changed} changed.</source>
      <translation>Done: {same} areas kept their type, {changed} changed.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Drawn over the map, e.g. the municipal boundaries.</source>
      <translation>Drawn over the map, e.g. the municipal boundaries.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Draws a numeric field, e.g. a share in percent (V1-V3, the socioeconomic index) or an index per municipality, in classes on a sequential colour ramp that also reads in greyscale. Classes by natural breaks (Jenks), quantiles, round numbers or equal intervals; the legend shows the unit ('%' for shares: fields named andel_*, share_* or v1-v3, shares stored as 0-1 are shown in percent).

Processing does not change your layer: the output is a styled copy. Tick 'apply the style to the input layer itself' to restyle the input instead (only its style).</source>
      <translation>Draws a numeric field, e.g. a share in percent (V1-V3, the socioeconomic index) or an index per municipality, in classes on a sequential colour ramp that also reads in greyscale. Classes by natural breaks (Jenks), quantiles, round numbers or equal intervals; the legend shows the unit ('%' for shares: fields named andel_*, share_* or v1-v3, shares stored as 0-1 are shown in percent).

Processing does not change your layer: the output is a styled copy. Tick 'apply the style to the input layer itself' to restyle the input instead (only its style).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Draws any polygon layer with an area-type field in the plugin's area-type colours: for example SCB's official area types imported from Statistikdatabasen. Values may be numbers or text: '1'..'5', '1.0', 'Områdestyp 1' or SCB's labels such as 'Områden med stora socioekonomiska utmaningar'. Other values are drawn as not classified (and counted in the log).

Colours run from dark red (1, major socioeconomic challenges) to dark teal (5, very good conditions); types 1 and 2 are also hatched so that they stay apart in greyscale print, and the colours stay apart for red-green and blue-yellow colour vision deficiency. 'Outline only' draws coloured borders instead of fills, to lay over other maps. With a label field the areas are labelled with their names at scales from 1:150 000 to 1:5 000.

Processing does not change your layer: the output is a styled copy. Tick 'apply the style to the input layer itself' to restyle the input instead; that changes only its style, never its data.</source>
      <translation>Draws any polygon layer with an area-type field in the plugin's area-type colours: for example SCB's official area types imported from Statistikdatabasen. Values may be numbers or text: '1'..'5', '1.0', 'Områdestyp 1' or SCB's labels such as 'Områden med stora socioekonomiska utmaningar'. Other values are drawn as not classified (and counted in the log).

Colours run from dark red (1, major socioeconomic challenges) to dark teal (5, very good conditions); types 1 and 2 are also hatched so that they stay apart in greyscale print, and the colours stay apart for red-green and blue-yellow colour vision deficiency. 'Outline only' draws coloured borders instead of fills, to lay over other maps. With a label field the areas are labelled with their names at scales from 1:150 000 to 1:5 000.

Processing does not change your layer: the output is a styled copy. Tick 'apply the style to the input layer itself' to restyle the input instead; that changes only its style, never its data.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Duplicate DeSO codes in the crosswalk {file}: {codes}.</source>
      <translation>Duplicate DeSO codes in the crosswalk {file}: {codes}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Duplicate codes</source>
      <translation>Duplicate codes</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Duplicate columns for the same year in {file}: {columns}.</source>
      <translation>Duplicate columns for the same year in {file}: {columns}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Duplicate rows for the same region in {file}: {rows}.</source>
      <translation>Duplicate rows for the same region in {file}: {rows}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Each area gets a socioeconomic index: the mean of three shares, namely residents with low economic standard, residents aged 20-64 with at most compulsory (förgymnasial) education, and residents aged 20-64 with long-term social assistance or unemployment. Areas are sorted into five types by how many standard deviations their index lies above or below the reference mean. Types 1 and 2 are areas with socioeconomic challenges; type 5 areas have very good conditions. The type describes the area, not the people who live there.</source>
      <translation>Each area gets a socioeconomic index: the mean of three shares, namely residents with low economic standard, residents aged 20-64 with at most compulsory (förgymnasial) education, and residents aged 20-64 with long-term social assistance or unemployment. Areas are sorted into five types by how many standard deviations their index lies above or below the reference mean. Types 1 and 2 are areas with socioeconomic challenges; type 5 areas have very good conditions. The type describes the area, not the people who live there.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Each scenario includes the stops and lines of the base scenario {base}.</source>
      <translation>Each scenario includes the stops and lines of the base scenario {base}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Each value is a scenario, e.g. befintlig/planerad.</source>
      <translation>Each value is a scenario, e.g. befintlig/planerad.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Either flag (OR)</source>
      <translation>Either flag (OR)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Encoding</source>
      <translation>Encoding</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Encoding {encoding}, separator {separator}, decimal mark '{decimal}', layout {layout}, header on line {line}.</source>
      <translation>Encoding {encoding}, separator {separator}, decimal mark '{decimal}', layout {layout}, header on line {line}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Encoding: {encoding}</source>
      <translation>Encoding: {encoding}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Equal intervals</source>
      <translation>Equal intervals</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Equity ratio per scenario (JSON)</source>
      <translation>Equity ratio per scenario (JSON)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Equity ratio: coverage in area types 1–2 divided by coverage in types 4–5 (above 1: areas with socioeconomic challenges are better served).</source>
      <translation>Equity ratio: coverage in area types 1–2 divided by coverage in types 4–5 (above 1: areas with socioeconomic challenges are better served).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/styling.py" />
      <source>Existing</source>
      <translation>Existing</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Existing index</source>
      <translation>Existing index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Existing index field (instead of V1-V3)</source>
      <translation>Existing index field (instead of V1-V3)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Exposure</source>
      <translation>Exposure</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Exposure index</source>
      <translation>Exposure index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Exposure xPy*</source>
      <translation>Exposure xPy*</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/runcontrols.py" />
      <source>Failed ({step}): {error}</source>
      <translation>Failed ({step}): {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Failed: {error}</source>
      <translation>Failed: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>Feature {fid} of layer {layer} could not be reprojected from {crs} to {work}: are its coordinates really in {crs}? {error}</source>
      <translation>Feature {fid} of layer {layer} could not be reprojected from {crs} to {work}: are its coordinates really in {crs}? {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Fictional data (sample county Exempellän).</source>
      <translation>Fictional data (sample county Exempellän).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Field to show</source>
      <translation>Field to show</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Field {field} looks like fractions (all values are at most 1), not percentages. Tick 'indicators are fractions' to multiply by 100.</source>
      <translation>Field {field} looks like fractions (all values are at most 1), not percentages. Tick 'indicators are fractions' to multiply by 100.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Field {field}: value {value} of feature {feature} is outside 0-100 (indicators are percentages); {count} feature(s) affected.</source>
      <translation>Field {field}: value {value} of feature {feature} is outside 0-100 (indicators are percentages); {count} feature(s) affected.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/layers.py" />
      <source>Field(s) not found in layer {layer}: {fields}</source>
      <translation>Field(s) not found in layer {layer}: {fields}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Fields named with a year are found by themselves: income groups such as q1_2022…q5_2022 or kvintil_1_2023…, area types such as area_type_2022, population such as befolkning_2023.</source>
      <translation>Fields named with a year are found by themselves: income groups such as q1_2022…q5_2022 or kvintil_1_2023…, area types such as area_type_2022, population such as befolkning_2023.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Fields renamed because the areas have fields of that name: {names}</source>
      <translation>Fields renamed because the areas have fields of that name: {names}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Field…</source>
      <translation>Field…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Flag</source>
      <translation>Flag</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Flag threshold</source>
      <translation>Flag threshold</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Flagged</source>
      <translation>Flagged</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Flagged by both of Delmos' criteria (see the text below the chart).</source>
      <translation>Flagged by both of Delmos' criteria (see the text below the chart).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/styling.py" />
      <source>Flagged: large challenges of socioeconomic segregation</source>
      <translation>Flagged: large challenges of socioeconomic segregation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Flagged: {regions}</source>
      <translation>Flagged: {regions}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Flagged: {region}</source>
      <translation>Flagged: {region}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Flags</source>
      <translation>Flags</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Focus (low-income) group among year A's fields</source>
      <translation>Focus (low-income) group among year A's fields</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Focus group (low-income group; default the first)</source>
      <translation>Focus group (low-income group; default the first)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Focus vs compare group only</source>
      <translation>Focus vs compare group only</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Folder for the copy</source>
      <translation>Folder for the copy</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Folder for the reports</source>
      <translation>Folder for the reports</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Footnotes</source>
      <translation>Footnotes</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Footnotes:</source>
      <translation>Footnotes:</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>From {a} to {b}, {n} areas:</source>
      <translation>From {a} to {b}, {n} areas:</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file not found: {file}.</source>
      <translation>GTFS file not found: {file}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file} has no stops or stations (location_type 0 or 1).</source>
      <translation>GTFS file {file} has no stops or stations (location_type 0 or 1).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file} is empty.</source>
      <translation>GTFS file {file} is empty.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file} is not UTF-8 text (as GTFS requires).</source>
      <translation>GTFS file {file} is not UTF-8 text (as GTFS requires).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file} lacks the column(s) {columns} (header: {header}).</source>
      <translation>GTFS file {file} lacks the column(s) {columns} (header: {header}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file}, line {line}: location_type '{value}' is not 0-4.</source>
      <translation>GTFS file {file}, line {line}: location_type '{value}' is not 0-4.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file}, line {line}: stop_id is empty.</source>
      <translation>GTFS file {file}, line {line}: stop_id is empty.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file}, line {line}: {column} '{value}' is not a number between {lo} and {hi} ({count} such line(s)).</source>
      <translation>GTFS file {file}, line {line}: {column} '{value}' is not a number between {lo} and {hi} ({count} such line(s)).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file}, line {line}: {count} values, the header has {expected}.</source>
      <translation>GTFS file {file}, line {line}: {count} values, the header has {expected}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>GTFS file {file}, line {line}: {error}</source>
      <translation>GTFS file {file}, line {line}: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>GTFS stops (*.txt *.zip)</source>
      <translation>GTFS stops (*.txt *.zip)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>GTFS stops are in scenario '{scenario}'.</source>
      <translation>GTFS stops are in scenario '{scenario}'.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>GTFS stops.txt (optional)</source>
      <translation>GTFS stops.txt (optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>GTFS stops.txt (or GTFS feed .zip)</source>
      <translation>GTFS stops.txt (or GTFS feed .zip)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>GTFS {file}: {count} entrance(s), node(s) or boarding area(s) (location_type 2-4) skipped.</source>
      <translation>GTFS {file}: {count} entrance(s), node(s) or boarding area(s) (location_type 2-4) skipped.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>GTFS {file}: {count} stops and stations read (EPSG:4326).</source>
      <translation>GTFS {file}: {count} stops and stations read (EPSG:4326).</translation>
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
      <translation>Gini {gini:.4f}; Theil T {theil:.4f} = between {b:.4f} + within {w:.4f}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Gini, all units</source>
      <translation>Gini, all units</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Give as many group fields for year B as for year A ({n}).</source>
      <translation>Give as many group fields for year B as for year A ({n}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Give both the reference mean and SD.</source>
      <translation>Give both the reference mean and SD.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Give one direction and one weight per indicator ({count} indicators).</source>
      <translation>Give one direction and one weight per indicator ({count} indicators).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/inequality.py" />
      <source>Give one value per unit (a single column).</source>
      <translation>Give one value per unit (a single column).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Give the reference SD (above 0).</source>
      <translation>Give the reference SD (above 0).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Give {count} {what} separated by spaces or semicolons; got '{text}'.</source>
      <translation>Give {count} {what} separated by spaces or semicolons; got '{text}'.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Given mean and SD (e.g. Sweden's)</source>
      <translation>Given mean and SD (e.g. Sweden's)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Given mean and standard deviation</source>
      <translation>Given mean and standard deviation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Given reference mean</source>
      <translation>Given reference mean</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Given reference standard deviation</source>
      <translation>Given reference standard deviation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>Got {got} area types for {expected} units.</source>
      <translation>Got {got} area types for {expected} units.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Got {got} population values for {expected} units.</source>
      <translation>Got {got} population values for {expected} units.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Got {got} region labels for {expected} units.</source>
      <translation>Got {got} region labels for {expected} units.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Got {got} totals for {expected} units.</source>
      <translation>Got {got} totals for {expected} units.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Got {got} values for {expected} units.</source>
      <translation>Got {got} values for {expected} units.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Got {got} weights for {expected} units.</source>
      <translation>Got {got} weights for {expected} units.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Group count fields (e.g. Q1..Q5)</source>
      <translation>Group count fields (e.g. Q1..Q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Group count fields, year A</source>
      <translation>Group count fields, year A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Group count fields, year B (same order)</source>
      <translation>Group count fields, year B (same order)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Groups</source>
      <translation>Groups</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Groups (e.g. q1…q5)</source>
      <translation>Groups (e.g. q1…q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>H</source>
      <translation>H</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/panel.py" />
      <source>Help</source>
      <translation>Help</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/panel.py" />
      <source>Help on this step (opens the offline help)</source>
      <translation>Help on this step (opens the offline help)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>High-income group (compare)</source>
      <translation>High-income group (compare)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>High-income group field (e.g. Q5)</source>
      <translation>High-income group field (e.g. Q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>How many areas, and how many people, moved from one area type to another between year A and year B: a count matrix with a row for each type in year A (0 = not classified) and a column for each type in year B, written as a table with one row per pair (from_type, to_type, areas, population, change: 1 better, 0 same, -1 worse).

Both years' types can be fields of one layer (e.g. after joining two years), or come from two layers matched by an area code field. Classify both years against comparable references, or the change reflects the reference as much as the areas.</source>
      <translation>How many areas, and how many people, moved from one area type to another between year A and year B: a count matrix with a row for each type in year A (0 = not classified) and a column for each type in year B, written as a table with one row per pair (from_type, to_type, areas, population, change: 1 better, 0 same, -1 worse).

Both years' types can be fields of one layer (e.g. after joining two years), or come from two layers matched by an area code field. Classify both years against comparable references, or the change reflects the reference as much as the areas.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>How to read the measures</source>
      <translation>How to read the measures</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>How unevenly the low-income and the high-income residents are spread over the areas: the percentage of the low-income group (the lowest fifth of incomes in Sweden) that would have to move to another area for both groups to be spread in the same way. 0 % means the same spread; 100 % means they never live in the same area.</source>
      <translation>How unevenly the low-income and the high-income residents are spread over the areas: the percentage of the low-income group (the lowest fifth of incomes in Sweden) that would have to move to another area for both groups to be spread in the same way. 0 % means the same spread; 100 % means they never live in the same area.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Id or name field of the targets (for the report)</source>
      <translation>Id or name field of the targets (for the report)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Import SCB statistics (Statistikdatabasen)</source>
      <translation>Import SCB statistics (Statistikdatabasen)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Import and join</source>
      <translation>Import and join</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Importing {file}</source>
      <translation>Importing {file}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>In {name}, nobody lives in areas with socioeconomic challenges (area types 1 and 2).</source>
      <translation>In {name}, nobody lives in areas with socioeconomic challenges (area types 1 and 2).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>In {name}, {share} of the population ({people} people) live in areas with socioeconomic challenges (area types 1 and 2).</source>
      <translation>In {name}, {share} of the population ({people} people) live in areas with socioeconomic challenges (area types 1 and 2).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Income group fields for the indices, low group first (e.g. q1..q5)</source>
      <translation>Income group fields for the indices, low group first (e.g. q1..q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Income groups (optional, e.g. q1…q5)</source>
      <translation>Income groups (optional, e.g. q1…q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Income inequality (Gini, Theil) per region</source>
      <translation>Income inequality (Gini, Theil) per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Indicators are fractions (0-1): multiply by 100</source>
      <translation>Indicators are fractions (0-1): multiply by 100</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Indices</source>
      <translation>Indices</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Indices per region</source>
      <translation>Indices per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Indices {year}</source>
      <translation>Indices {year}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Inequality of a value per unit (e.g. median income per DeSO), optionally weighted by population: the Gini coefficient per region and overall, and Theil's T with its decomposition into a between-region part (how much of the inequality lies between municipalities or counties) and a within-region part (Shorrocks 1980; as PySAL inequality's Theil and TheilD). Units with a missing value are left out and counted.</source>
      <translation>Inequality of a value per unit (e.g. median income per DeSO), optionally weighted by population: the Gini coefficient per region and overall, and Theil's T with its decomposition into a between-region part (how much of the inequality lies between municipalities or counties) and a within-region part (Shorrocks 1980; as PySAL inequality's Theil and TheilD). Units with a missing value are left out and counted.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Inequality per region</source>
      <translation>Inequality per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Information theory H (Theil)</source>
      <translation>Information theory H (Theil)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Information theory index H</source>
      <translation>Information theory index H</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Inhabitants (year B)</source>
      <translation>Inhabitants (year B)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Inhabitants of the areas of this type (from the population field).</source>
      <translation>Inhabitants of the areas of this type (from the population field).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Inhabitants of the areas of this type.</source>
      <translation>Inhabitants of the areas of this type.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Inhabitants within reach of a stop or line of the scenario.</source>
      <translation>Inhabitants within reach of a stop or line of the scenario.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>Internal check failed: {what}. Please report this.</source>
      <translation>Internal check failed: {what}. Please report this.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Invalid geometries repaired in the output</source>
      <translation>Invalid geometries repaired in the output</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Invalid year "{value}" on line {line}, column "{column}" of {file}.</source>
      <translation>Invalid year "{value}" on line {line}, column "{column}" of {file}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Isolation</source>
      <translation>Isolation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Isolation index</source>
      <translation>Isolation index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Isolation xPx*</source>
      <translation>Isolation xPx*</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>It must have the same indicator field names.</source>
      <translation>It must have the same indicator field names.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Join by</source>
      <translation>Join by</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Join statistics to areas</source>
      <translation>Join statistics to areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Joined fields</source>
      <translation>Joined fields</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Joined fields:</source>
      <translation>Joined fields:</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Joining by names needs the same number of name fields in the areas ({left}) and in the table ({right}), e.g. kommunnamn and regsonamn / kommunnamn and area_name.</source>
      <translation>Joining by names needs the same number of name fields in the areas ({left}) and in the table ({right}), e.g. kommunnamn and regsonamn / kommunnamn and area_name.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Joining {file}</source>
      <translation>Joining {file}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Joins statistics onto an area layer (DeSO, RegSO, your own districts) and writes a new layer: every field of the areas plus one field per variable and year. Nothing in the inputs is changed.

Table: the long table from 'Import SCB statistics' (fields code, variable, year, value), or any table with one row per area (a wide table), whose fields are joined as they are. A long table is pivoted: one field per variable and year, named from the variable (ASCII, lower case, underscores, at most 63 characters) and the year, e.g. andel_med_lag_ekonomisk_standard_procent_2023. Suppressed values ('..') stay NULL.

Selections (optional): which variables and years to join, separated by semicolons: 'variable | year', a variable (all its years) or a year (all variables); default all. For a wide table: the field names to join.

Join by codes (default): the areas' code field is detected (desokod, regsokod, deso, regso, kod); the table's is 'code'. Codes are compared as text; a number field against a text field is a type conflict, reported, and numbers are padded with leading zeros to the text codes' length (kommun 114 -&gt; 0114). Join by names: municipality name and area name (e.g. kommunnamn + regsonamn against kommunnamn + area_name), compared without case, with one kind of dash and without a 'RegSO-' prefix.

Reported (log and results): matched areas, areas without statistics (UNMATCHED_FEATURES, by code), table codes that match no area (UNMATCHED_ROWS), duplicate codes and type conflicts. A long table with several values for the same code, variable and year stops with an error; a wide table with duplicate codes uses the first row.

Source of the statistics: SCB, Statistikdatabasen (statistikdatabasen.scb.se).</source>
      <translation>Joins statistics onto an area layer (DeSO, RegSO, your own districts) and writes a new layer: every field of the areas plus one field per variable and year. Nothing in the inputs is changed.

Table: the long table from 'Import SCB statistics' (fields code, variable, year, value), or any table with one row per area (a wide table), whose fields are joined as they are. A long table is pivoted: one field per variable and year, named from the variable (ASCII, lower case, underscores, at most 63 characters) and the year, e.g. andel_med_lag_ekonomisk_standard_procent_2023. Suppressed values ('..') stay NULL.

Selections (optional): which variables and years to join, separated by semicolons: 'variable | year', a variable (all its years) or a year (all variables); default all. For a wide table: the field names to join.

Join by codes (default): the areas' code field is detected (desokod, regsokod, deso, regso, kod); the table's is 'code'. Codes are compared as text; a number field against a text field is a type conflict, reported, and numbers are padded with leading zeros to the text codes' length (kommun 114 -&gt; 0114). Join by names: municipality name and area name (e.g. kommunnamn + regsonamn against kommunnamn + area_name), compared without case, with one kind of dash and without a 'RegSO-' prefix.

Reported (log and results): matched areas, areas without statistics (UNMATCHED_FEATURES, by code), table codes that match no area (UNMATCHED_ROWS), duplicate codes and type conflicts. A long table with several values for the same code, variable and year stops with an error; a wide table with duplicate codes uses the first row.

Source of the statistics: SCB, Statistikdatabasen (statistikdatabasen.scb.se).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Label the areas with this field (optional)</source>
      <translation>Label the areas with this field (optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Largest overlap: each unit wholly to the target covering most of it</source>
      <translation>Largest overlap: each unit wholly to the target covering most of it</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Layer</source>
      <translation>Layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Layer in {file}</source>
      <translation>Layer in {file}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>Layer {layer} has no coordinate reference system while the areas do (or the other way round). Set the layer's CRS (Layer Properties &gt; Source) first.</source>
      <translation>Layer {layer} has no coordinate reference system while the areas do (or the other way round). Set the layer's CRS (Layer Properties &gt; Source) first.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Layer {layer} has no features.</source>
      <translation>Layer {layer} has no features.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Layer {layer} has no field {field}: all its features use {distance} m.</source>
      <translation>Layer {layer} has no field {field}: all its features use {distance} m.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>Layer {layer} is reprojected from {crs} to {work}.</source>
      <translation>Layer {layer} is reprojected from {crs} to {work}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/layers.py" />
      <source>Layer {layer}, field {field}: value '{value}' of feature {fid} is not a number ({count} such value(s)).</source>
      <translation>Layer {layer}, field {field}: value '{value}' of feature {fid} is not a number ({count} such value(s)).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Layer {layer}: {count} catchment buffer(s).</source>
      <translation>Layer {layer}: {count} catchment buffer(s).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Layer {layer}: {count} feature(s) with NULL {field} use {distance} m.</source>
      <translation>Layer {layer}: {count} feature(s) with NULL {field} use {distance} m.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Layer {layer}: {count} feature(s) without geometry skipped.</source>
      <translation>Layer {layer}: {count} feature(s) without geometry skipped.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Layers</source>
      <translation>Layers</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Layouts added</source>
      <translation>Layouts added</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Leave empty for a temporary layer.</source>
      <translation>Leave empty for a temporary layer.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Line {line} of {file} has {found} fields; the header on line {header_line} has {expected}.</source>
      <translation>Line {line} of {file} has {found} fields; the header on line {header_line} has {expected}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Lines</source>
      <translation>Lines</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Lines (optional)</source>
      <translation>Lines (optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Load data</source>
      <translation>Load data</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Load sample data (Exempellän)</source>
      <translation>Load sample data (Exempellän)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" />
      <source>Load sample data (Exempellän)…</source>
      <translation>Load sample data (Exempellän)…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Loaded {label}: {n} features</source>
      <translation>Loaded {label}: {n} features</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Loading the sample data…</source>
      <translation>Loading the sample data…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Low-income group (focus)</source>
      <translation>Low-income group (focus)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Low-income group field (e.g. Q1) for the ojämlikhetsindex</source>
      <translation>Low-income group field (e.g. Q1) for the ojämlikhetsindex</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Made with the QGIS plugin Segregation · {date}</source>
      <translation>Made with the QGIS plugin Segregation · {date}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Makes a two-page report per municipality (or county, or value of a region field) from the output of 'Socioeconomic index and area types': a map of the area types with legend, scale bar, north arrow and source line, a table of areas and population per area type, the segregation measures with Delmos' flags, a short plain-language explanation of each measure, the method choices and the date. Each report is written as a PDF and a PNG per page into the output folder.

Measures: from an 'Area-type composition and flags per region' table and/or a 'Segregation indices per region' table when given; otherwise computed here from income group fields (e.g. q1..q5: the first is the low-income group, the last the high-income group), with flags over the regions of the input layer.

With 'add the layouts to the project' each report also becomes a print layout in the project (Project &gt; Layouts) that you can edit and print again; its map layers are stored in a GeoPackage in the output folder and added to the project in a hidden group.</source>
      <translation>Makes a two-page report per municipality (or county, or value of a region field) from the output of 'Socioeconomic index and area types': a map of the area types with legend, scale bar, north arrow and source line, a table of areas and population per area type, the segregation measures with Delmos' flags, a short plain-language explanation of each measure, the method choices and the date. Each report is written as a PDF and a PNG per page into the output folder.

Measures: from an 'Area-type composition and flags per region' table and/or a 'Segregation indices per region' table when given; otherwise computed here from income group fields (e.g. q1..q5: the first is the low-income group, the last the high-income group), with flags over the regions of the input layer.

With 'add the layouts to the project' each report also becomes a print layout in the project (Project &gt; Layouts) that you can edit and print again; its map layers are stored in a GeoPackage in the output folder and added to the project in a hidden group.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Maps and reports</source>
      <translation>Maps and reports</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Maximum (fields *_max)</source>
      <translation>Maximum (fields *_max)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Mean of the regions: {value}</source>
      <translation>Mean of the regions: {value}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Mean {mean:.4f}, SD {std:.4f}, n = {n}</source>
      <translation>Mean {mean:.4f}, SD {std:.4f}, n = {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Measure</source>
      <translation>Measure</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Method and data</source>
      <translation>Method and data</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Method: euclidean buffers ({distance} m unless a distance field says otherwise; network distance not modelled), {method}.</source>
      <translation>Method: euclidean buffers ({distance} m unless a distance field says otherwise; network distance not modelled), {method}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Minimum (fields *_min)</source>
      <translation>Minimum (fields *_min)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Mixed separators in {file}: the table uses {separator} but line {line} uses {other}.</source>
      <translation>Mixed separators in {file}: the table uses {separator} but line {line} uses {other}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Multigroup D</source>
      <translation>Multigroup D</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Multigroup Gini</source>
      <translation>Multigroup Gini</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Multigroup dissimilarity</source>
      <translation>Multigroup dissimilarity</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Multigroup information theory</source>
      <translation>Multigroup information theory</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Multigroup information theory index</source>
      <translation>Multigroup information theory index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Municipalities (sample)</source>
      <translation>Municipalities (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Municipality</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Municipality (from code)</source>
      <translation>Municipality (from code)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Municipality (from the area code)</source>
      <translation>Municipality (from the area code)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Municipality or county</source>
      <translation>Municipality or county</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Municipality {code}</source>
      <translation>Municipality {code}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Name fields of the areas (default: kommunnamn and the area name)</source>
      <translation>Name fields of the areas (default: kommunnamn and the area name)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Name fields of the table (default: kommunnamn and area_name)</source>
      <translation>Name fields of the table (default: kommunnamn and area_name)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Names (municipality name and area name)</source>
      <translation>Names (municipality name and area name)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Natural breaks (Jenks)</source>
      <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Next: area types</source>
      <translation>Next: area types</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>No DeSO code field found in {layer} for the crosswalk (looked for {hints}); choose it.</source>
      <translation>No DeSO code field found in {layer} for the crosswalk (looked for {hints}); choose it.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>No area has a geometry.</source>
      <translation>No area has a geometry.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>No area types for {years}.</source>
      <translation>No area types for {years}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>No area-type fields with years (e.g. area_type_2022) in this layer.</source>
      <translation>No area-type fields with years (e.g. area_type_2022) in this layer.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>No boundary for region(s): {regions}</source>
      <translation>No boundary for region(s): {regions}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>No code field found in {layer} (looked for {hints}); choose the areas' code field.</source>
      <translation>No code field found in {layer} (looked for {hints}); choose the areas' code field.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>No equity ratio: field {field} needs areas of types 1-2 and 4-5 with residents, and coverage in types 4-5 (see segregation:areatypes).</source>
      <translation>No equity ratio: field {field} needs areas of types 1-2 and 4-5 with residents, and coverage in types 4-5 (see segregation:areatypes).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>No flags: they compare regions with each other, and at least two regions with values are needed.</source>
      <translation>No flags: they compare regions with each other, and at least two regions with values are needed.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>No group fields with years (e.g. q1_2022) found.</source>
      <translation>No group fields with years (e.g. q1_2022) found.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>No low/high group fields: only the area-type flag is computed.</source>
      <translation>No low/high group fields: only the area-type flag is computed.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>No municipality codes found in {field}.</source>
      <translation>No municipality codes found in {field}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>No stop or line has a scenario value in field {field}.</source>
      <translation>No stop or line has a scenario value in field {field}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>No stops or lines with a geometry: there is no catchment to compute.</source>
      <translation>No stops or lines with a geometry: there is no catchment to compute.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/styling.py" />
      <source>No value</source>
      <translation>No value</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>No values for variable "{variable}" and year {year} in the table.</source>
      <translation>No values for variable "{variable}" and year {year} in the table.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>No weight field: the means are unweighted means over units (or area parts).</source>
      <translation>No weight field: the means are unweighted means over units (or area parts).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>No year in the header of {file} (line {line}: {header}); expected year columns such as 2022 or a time column such as år.</source>
      <translation>No year in the header of {file} (line {line}: {header}); expected year columns such as 2022 or a time column such as år.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Non-numeric value "{value}" on line {line}, column "{column}" of {file}; only numbers and the missing-value codes . .. ... : are allowed.</source>
      <translation>Non-numeric value "{value}" on line {line}, column "{column}" of {file}; only numbers and the missing-value codes . .. ... : are allowed.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Normalised exposure</source>
      <translation>Normalised exposure</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Normalized exposure</source>
      <translation>Normalized exposure</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Not classified</source>
      <translation>Not classified</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Number of areas of this type.</source>
      <translation>Number of areas of this type.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Number of classes</source>
      <translation>Number of classes</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Number of {unit} by area type</source>
      <translation>Number of {unit} by area type</translation>
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
      <translation>Ojämlikhetsindex flag: mean + k x SD, k =</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>One report per (from the area code)</source>
      <translation>One report per (from the area code)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Only the areas of one municipality or county (a copy; your layer is unchanged).</source>
      <translation>Only the areas of one municipality or county (a copy; your layer is unchanged).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Open folder</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" />
      <source>Open the Segregation panel</source>
      <translation>Open the Segregation panel</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Open the chosen PDF in your PDF reader.</source>
      <translation>Open the chosen PDF in your PDF reader.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Optional: areas with an area-type field per year, for the share in types 1–2.</source>
      <translation>Optional: areas with an area-type field per year, for the share in types 1–2.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Optional: inhabitants in year B, to count people as well as areas.</source>
      <translation>Optional: inhabitants in year B, to count people as well as areas.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Optional: lines whose whole length is within reach.</source>
      <translation>Optional: lines whose whole length is within reach.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Optional: the number of inhabitants, for the population share per area type.</source>
      <translation>Optional: the number of inhabitants, for the population share per area type.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Options</source>
      <translation>Options</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Other areas</source>
      <translation>Other areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Outline only (coloured borders, no fill)</source>
      <translation>Outline only (coloured borders, no fill)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Output of 'Area-type composition and flags per region'.</source>
      <translation>Output of 'Area-type composition and flags per region'.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Output of 'Segregation indices per region'.</source>
      <translation>Output of 'Segregation indices per region'.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Own index</source>
      <translation>Own index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Own indicator fields (instead of V1-V3)</source>
      <translation>Own indicator fields (instead of V1-V3)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>PDF files</source>
      <translation>PDF files</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>PNG files</source>
      <translation>PNG files</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Page {page} of {pages}</source>
      <translation>Page {page} of {pages}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Per region (municipality, county, whole layer or a field): population and share of population in each area type (områdestyp 1-5 and not classified), the share in types 1+2 (areas with socioeconomic challenges), the number of units per type and, with low- and high-income group fields, the ojämlikhetsindex.

Flags, after Delmos' selection of municipalities with large challenges of socioeconomic segregation: ojämlikhetsindex &gt;= mean + k1 x SD (k1 = 1.0) and share of population in types 1+2 &gt;= mean + k2 x SD (k2 = 1.5), mean and SD over the regions in the run (unweighted by default). Each flag is its own field; the combined flag uses the AND or OR rule. Compare against the whole country by running it on all of Sweden's units.</source>
      <translation>Per region (municipality, county, whole layer or a field): population and share of population in each area type (områdestyp 1-5 and not classified), the share in types 1+2 (areas with socioeconomic challenges), the number of units per type and, with low- and high-income group fields, the ojämlikhetsindex.

Flags, after Delmos' selection of municipalities with large challenges of socioeconomic segregation: ojämlikhetsindex &gt;= mean + k1 x SD (k1 = 1.0) and share of population in types 1+2 &gt;= mean + k2 x SD (k2 = 1.5), mean and SD over the regions in the run (unweighted by default). Each flag is its own field; the combined flag uses the AND or OR rule. Compare against the whole country by running it on all of Sweden's units.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Permutation test with {n} draws…</source>
      <translation>Permutation test with {n} draws…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Permutations</source>
      <translation>Permutations</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Permutations for p-values</source>
      <translation>Permutations for p-values</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Permutations for p-values (0 = off)</source>
      <translation>Permutations for p-values (0 = off)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Persons per income group, lowest first (e.g. q1…q5): the ojämlikhetsindex and the other indices are computed from them when no indices table is given.</source>
      <translation>Persons per income group, lowest first (e.g. q1…q5): the ojämlikhetsindex and the other indices are computed from them when no indices table is given.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/styling.py" />
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Point on surface: each unit wholly to the target containing its inner point</source>
      <translation>Point on surface: each unit wholly to the target containing its inner point</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Population</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Population (optional)</source>
      <translation>Population (optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Population (optional, year B)</source>
      <translation>Population (optional, year B)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Population (weight)</source>
      <translation>Population (weight)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Population SD (ddof=0)</source>
      <translation>Population SD (ddof=0)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Population by area type</source>
      <translation>Population by area type</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Population field</source>
      <translation>Population field</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>Population field '{field}' is NULL or not a number in {count} area(s): {examples}. Enter 0 for areas without residents.</source>
      <translation>Population field '{field}' is NULL or not a number in {count} area(s): {examples}. Enter 0 for areas without residents.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>Population field '{field}' is negative in {count} area(s): {examples}.</source>
      <translation>Population field '{field}' is negative in {count} area(s): {examples}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Population field (year B)</source>
      <translation>Population field (year B)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Population field for a weighted mean and SD</source>
      <translation>Population field for a weighted mean and SD</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Population per scenario (JSON)</source>
      <translation>Population per scenario (JSON)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Population per year: {fields}.</source>
      <translation>Population per year: {fields}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Population share in area types 1–2 (%)</source>
      <translation>Population share in area types 1–2 (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Population within reach of transit (catchments)</source>
      <translation>Population within reach of transit (catchments)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Population-weighted mean and SD</source>
      <translation>Population-weighted mean and SD</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Preview of {file}</source>
      <translation>Preview of {file}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Preview of {file}:</source>
      <translation>Preview of {file}:</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Project ▸ Layouts: edit the reports and print them again.</source>
      <translation>Project ▸ Layouts: edit the reports and print them again.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Quantiles (equal count)</source>
      <translation>Quantiles (equal count)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Random relabellings for p-values (0 = none; 999 gives stable p-values).</source>
      <translation>Random relabellings for p-values (0 = none; 999 gives stable p-values).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Random seed</source>
      <translation>Random seed</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Ratios from summed counts (name=numerator/denominator*100; ...)</source>
      <translation>Ratios from summed counts (name=numerator/denominator*100; ...)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Read {rows} row(s) for {regions} region(s), year(s) {years}: {values} value(s) in the long table, {suppressed} suppressed or missing (NULL, symbol in flag).</source>
      <translation>Read {rows} row(s) for {regions} region(s), year(s) {years}: {values} value(s) in the long table, {suppressed} suppressed or missing (NULL, symbol in flag).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Reading the Excel file {file} needs the Python package openpyxl, which is not installed; install openpyxl or export the table as CSV.</source>
      <translation>Reading the Excel file {file} needs the Python package openpyxl, which is not installed; install openpyxl or export the table as CSV.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Reading {file}…</source>
      <translation>Reading {file}…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Reads a table exported from SCB's Statistikdatabasen (statistikdatabasen.scb.se, 'Spara som' CSV or XLSX) into one long table with one row per region, variable and year: label, code, kommunnamn, area_name, variable, year, value, flag.

The file is read as SCB writes it: UTF-8 (with or without BOM) or Windows-1252, comma, semicolon or tab separated, decimal point or decimal comma, a title line above the header, one column per year (wide) or a year column (long), and SCB's notes ('Källa:', 'Fotnot:') after the table, which are kept as FOOTNOTES.

Missing values keep SCB's symbols (Teckenförklaring): '..' not available or too uncertain, '.' cannot occur, ':' too uncertain. They become NULL in value, never zero, with the symbol in flag.

Regions written as '0114C1010', '0114R001 Bollstanäs' or '1280 Malmö' get their code from the label. Regions written without code, as 'Kommunnamn (RegSO-namn)' in SCB's area-type table, get their RegSO code from SCB's crosswalk 'Koppling DeSO 2018 - RegSO 2020' (scb.se, Regionala statistikområden): give it as a file or as a table layer. Labels that still have no code are listed in UNMATCHED_LABELS; join them by names in 'Join statistics to areas' or check the spelling.

A file that is not such a table stops the algorithm with a message naming the file and the line.</source>
      <translation>Reads a table exported from SCB's Statistikdatabasen (statistikdatabasen.scb.se, 'Spara som' CSV or XLSX) into one long table with one row per region, variable and year: label, code, kommunnamn, area_name, variable, year, value, flag.

The file is read as SCB writes it: UTF-8 (with or without BOM) or Windows-1252, comma, semicolon or tab separated, decimal point or decimal comma, a title line above the header, one column per year (wide) or a year column (long), and SCB's notes ('Källa:', 'Fotnot:') after the table, which are kept as FOOTNOTES.

Missing values keep SCB's symbols (Teckenförklaring): '..' not available or too uncertain, '.' cannot occur, ':' too uncertain. They become NULL in value, never zero, with the symbol in flag.

Regions written as '0114C1010', '0114R001 Bollstanäs' or '1280 Malmö' get their code from the label. Regions written without code, as 'Kommunnamn (RegSO-namn)' in SCB's area-type table, get their RegSO code from SCB's crosswalk 'Koppling DeSO 2018 - RegSO 2020' (scb.se, Regionala statistikområden): give it as a file or as a table layer. Labels that still have no code are listed in UNMATCHED_LABELS; join them by names in 'Join statistics to areas' or check the spelling.

A file that is not such a table stops the algorithm with a message naming the file and the line.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Reference (mean and SD)</source>
      <translation>Reference (mean and SD)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Reference for mean and SD</source>
      <translation>Reference for mean and SD</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Reference layer (same field names)</source>
      <translation>Reference layer (same field names)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Reference mean</source>
      <translation>Reference mean</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Reference mean {mean}, SD {std}, n = {n} areas.</source>
      <translation>Reference mean {mean}, SD {std}, n = {n} areas.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Reference standard deviation</source>
      <translation>Reference standard deviation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>RegSO</source>
      <translation>RegSO</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>RegSO (sample)</source>
      <translation>RegSO (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Region '{region}' is not in the layer; there are: {regions}</source>
      <translation>Region '{region}' is not in the layer; there are: {regions}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Region boundaries (optional; default: dissolved units)</source>
      <translation>Region boundaries (optional; default: dissolved units)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Region code field of the boundaries</source>
      <translation>Region code field of the boundaries</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Region field (instead of the level below)</source>
      <translation>Region field (instead of the level below)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Region labels without code</source>
      <translation>Region labels without code</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Region labels without code (add SCB's crosswalk or join by names)</source>
      <translation>Region labels without code (add SCB's crosswalk or join by names)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Region labels without code (list)</source>
      <translation>Region labels without code (list)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Region labels without code get theirs from the crosswalk.</source>
      <translation>Region labels without code get theirs from the crosswalk.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Regions</source>
      <translation>Regions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>Regions as polygons</source>
      <translation>Regions as polygons</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Regions flagged</source>
      <translation>Regions flagged</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Regions to report, codes or names separated by commas (default: all)</source>
      <translation>Regions to report, codes or names separated by commas (default: all)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Relative diversity</source>
      <translation>Relative diversity</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Report for {name}…</source>
      <translation>Report for {name}…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Report layers: {name}</source>
      <translation>Report layers: {name}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Report per municipality (PDF)</source>
      <translation>Report per municipality (PDF)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Reports for</source>
      <translation>Reports for</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Round numbers</source>
      <translation>Round numbers</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Rows read</source>
      <translation>Rows read</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Rows: area type in year A; columns: in year B. The outlined diagonal is no change; right of it a better type, left of it a worse one. – = not classified (missing values, or the area is in only one of the years).</source>
      <translation>Rows: area type in year A; columns: in year B. The outlined diagonal is no change; right of it a better type, left of it a worse one. – = not classified (missing values, or the area is in only one of the years).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Run</source>
      <translation>Run</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Running…</source>
      <translation>Running…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>SCB's file 'Koppling DeSO - RegSO': gives codes to labels such as 'Åstad (Backa)'. Optional.</source>
      <translation>SCB's file 'Koppling DeSO - RegSO': gives codes to labels such as 'Åstad (Backa)'. Optional.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>SCB/Delmos official index: (V1 + V2 + V3) / 3</source>
      <translation>SCB/Delmos official index: (V1 + V2 + V3) / 3</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>SD</source>
      <translation>SD</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>Same type: {same}; better: {better}; worse: {worse}</source>
      <translation>Same type: {same}; better: {better}; worse: {worse}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Sample GeoPackage</source>
      <translation>Sample GeoPackage</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Sample SD (ddof=1)</source>
      <translation>Sample SD (ddof=1)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Sample data loaded: continue with the Area types step.</source>
      <translation>Sample data loaded: continue with the Area types step.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Sample layer {name} could not be opened from {path}</source>
      <translation>Sample layer {name} could not be opened from {path}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Sample layers</source>
      <translation>Sample layers</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/widgets.py" />
      <source>Save table as CSV</source>
      <translation>Save table as CSV</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Save table as CSV…</source>
      <translation>Save table as CSV…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Save to</source>
      <translation>Save to</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Saved {n} rows to {file}.</source>
      <translation>Saved {n} rows to {file}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Scenario field (e.g. existing/planned)</source>
      <translation>Scenario field (e.g. existing/planned)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Scenario field (optional)</source>
      <translation>Scenario field (optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Scenario {scenario}: coverage {challenged} in area types 1-2, {advantaged} in area types 4-5; equity ratio {ratio}.</source>
      <translation>Scenario {scenario}: coverage {challenged} in area types 1-2, {advantaged} in area types 4-5; equity ratio {ratio}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Scenario {scenario}: {covered} of {total} residents within reach ({share}).</source>
      <translation>Scenario {scenario}: {covered} of {total} residents within reach ({share}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/messages.py" />
      <source>Segregation</source>
      <translation>Segregation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Segregation Gini</source>
      <translation>Segregation Gini</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Segregation indices per municipality or county from counts of groups per area, e.g. persons per income quintile. Ojämlikhetsindex (Delmos): the share of the low-income group that would have to move to be spread like the high-income group.</source>
      <translation>Segregation indices per municipality or county from counts of groups per area, e.g. persons per income quintile. Ojämlikhetsindex (Delmos): the share of the low-income group that would have to move to be spread like the high-income group.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Segregation indices per region</source>
      <translation>Segregation indices per region</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Segregation indices per region (output of indices; optional)</source>
      <translation>Segregation indices per region (output of indices; optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Segregation measures: {name}</source>
      <translation>Segregation measures: {name}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Segregation report: {name}</source>
      <translation>Segregation report: {name}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/provider.py" />
      <source>Segregation: socioeconomic area types and segregation indices</source>
      <translation>Segregation: socioeconomic area types and segregation indices</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Selecting {name}</source>
      <translation>Selecting {name}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Separator</source>
      <translation>Separator</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Separator: {separator}</source>
      <translation>Separator: {separator}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>Several values for the same code, variable and year: {codes} (variable "{variable}", year {year}).</source>
      <translation>Several values for the same code, variable and year: {codes} (variable "{variable}", year {year}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share aged 20-64 whose highest education is förgymnasial, in percent.</source>
      <translation>Share aged 20-64 whose highest education is förgymnasial, in percent.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share aged 20-64 with long-term social assistance and/or unemployment, in percent.</source>
      <translation>Share aged 20-64 with long-term social assistance and/or unemployment, in percent.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Share in area types 1 and 2</source>
      <translation>Share in area types 1 and 2</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Share in types 1+2 flag: mean + k x SD, k =</source>
      <translation>Share in types 1+2 flag: mean + k x SD, k =</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Share of Theil T between regions</source>
      <translation>Share of Theil T between regions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share of persons with low economic standard, in percent.</source>
      <translation>Share of persons with low economic standard, in percent.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Share of random relabellings at least as segregated.</source>
      <translation>Share of random relabellings at least as segregated.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share of the areas</source>
      <translation>Share of the areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Share of the inhabitants within reach, by area type</source>
      <translation>Share of the inhabitants within reach, by area type</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share of the population</source>
      <translation>Share of the population</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Share of the population in area types 1 and 2</source>
      <translation>Share of the population in area types 1 and 2</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Share of the population in areas of type 1 or 2.</source>
      <translation>Share of the population in areas of type 1 or 2.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Share of the population of all classified areas.</source>
      <translation>Share of the population of all classified areas.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Share of the population per area type</source>
      <translation>Share of the population per area type</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Show transitions</source>
      <translation>Show transitions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Socioeconomic index and area types</source>
      <translation>Socioeconomic index and area types</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" />
      <source>Socioeconomic index and area types…</source>
      <translation>Socioeconomic index and area types…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Socioeconomically mixed areas</source>
      <translation>Socioeconomically mixed areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/tasks.py" />
      <source>Some of the choices are not valid.</source>
      <translation>Some of the choices are not valid.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Some regions have notes.</source>
      <translation>Some regions have notes.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Source line under the map</source>
      <translation>Source line under the map</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Source: SCB, Lantmäteriet</source>
      <translation>Source: SCB, Lantmäteriet</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Standard deviation</source>
      <translation>Standard deviation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Standardise own indicators (z-scores)</source>
      <translation>Standardise own indicators (z-scores)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Standardised indicators need reference means and SDs.</source>
      <translation>Standardised indicators need reference means and SDs.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Statistics (long table)</source>
      <translation>Statistics (long table)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>Statistics file (CSV, TXT or XLSX from Statistikdatabasen)</source>
      <translation>Statistics file (CSV, TXT or XLSX from Statistikdatabasen)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Statistics files</source>
      <translation>Statistics files</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Statistics loaded.</source>
      <translation>Statistics loaded.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Statistics table</source>
      <translation>Statistics table</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Statistics tables (*.csv *.CSV *.txt *.TXT *.xlsx *.XLSX)</source>
      <translation>Statistics tables (*.csv *.CSV *.txt *.TXT *.xlsx *.XLSX)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Statistics: CSV or XLSX exports from SCB's Statistikdatabasen, as they are (title, footnotes, '..' and decimal commas are handled). Region labels without a code, such as 'Kommun (RegSO-namn)', need SCB's crosswalk DeSO-RegSO.</source>
      <translation>Statistics: CSV or XLSX exports from SCB's Statistikdatabasen, as they are (title, footnotes, '..' and decimal commas are handled). Region labels without a code, such as 'Kommun (RegSO-namn)', need SCB's crosswalk DeSO-RegSO.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Stops</source>
      <translation>Stops</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Stops (points)</source>
      <translation>Stops (points)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Style a layer by an indicator or index</source>
      <translation>Style a layer by an indicator or index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Style a layer by area type</source>
      <translation>Style a layer by area type</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Styled copy</source>
      <translation>Styled copy</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Styled the input layer {layer}.</source>
      <translation>Styled the input layer {layer}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Sum: count fields (e.g. befolkning, q1..q5)</source>
      <translation>Sum: count fields (e.g. befolkning, q1..q5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Suppressed or missing values</source>
      <translation>Suppressed or missing values</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Suppressed or missing values ('..'): {count}</source>
      <translation>Suppressed or missing values ('..'): {count}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Table codes that match no area</source>
      <translation>Table codes that match no area</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Table codes that match no area (list)</source>
      <translation>Table codes that match no area (list)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Table rows sharing a code (the first is used): {codes}</source>
      <translation>Table rows sharing a code (the first is used): {codes}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Table rows without code</source>
      <translation>Table rows without code</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Tables from earlier runs (optional)</source>
      <translation>Tables from earlier runs (optional)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Target areas</source>
      <translation>Target areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Target code field of the units (e.g. regsokod)</source>
      <translation>Target code field of the units (e.g. regsokod)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Target id or name</source>
      <translation>Target id or name</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Target polygons (e.g. districts; instead of codes)</source>
      <translation>Target polygons (e.g. districts; instead of codes)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Target polygons are given: the target code field and crosswalk are ignored.</source>
      <translation>Target polygons are given: the target code field and crosswalk are ignored.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Targets</source>
      <translation>Targets</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Targets without units</source>
      <translation>Targets without units</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Tests whether a region's dissimilarity D, information theory H and ojämlikhetsindex changed between year A and year B by more than random variation. Within each region the units of both years are pooled and their year labels shuffled (random labelling, as PySAL segregation's TwoValueTest; Rey &amp; Sastré-Gutiérrez 2010); the p-value is two-sided. The units may differ between years (e.g. DeSO 2018 and DeSO 2025).

Year B's group fields are taken from the same layer (e.g. q1_2022..q5_2022 and q1_2023..q5_2023) or from a second layer INPUT_B with the same region fields. FOCUS_GROUP and COMPARE_GROUP are given among year A's fields; year B uses the same positions.</source>
      <translation>Tests whether a region's dissimilarity D, information theory H and ojämlikhetsindex changed between year A and year B by more than random variation. Within each region the units of both years are pooled and their year labels shuffled (random labelling, as PySAL segregation's TwoValueTest; Rey &amp; Sastré-Gutiérrez 2010); the p-value is two-sided. The units may differ between years (e.g. DeSO 2018 and DeSO 2025).

Year B's group fields are taken from the same layer (e.g. q1_2022..q5_2022 and q1_2023..q5_2023) or from a second layer INPUT_B with the same region fields. FOCUS_GROUP and COMPARE_GROUP are given among year A's fields; year B uses the same positions.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>The Area types step needs one row per area with the three indicators in percent: low economic standard (V1), at most förgymnasial education (V2) and long-term social assistance or unemployment (V3); the population is optional.</source>
      <translation>The Area types step needs one row per area with the three indicators in percent: low economic standard (V1), at most förgymnasial education (V2) and long-term social assistance or unemployment (V3); the population is optional.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The Atkinson parameter b must be at least 0 and below 1 (got {b}).</source>
      <translation>The Atkinson parameter b must be at least 0 and below 1 (got {b}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>The DeSO/RegSO code the municipalities are read from.</source>
      <translation>The DeSO/RegSO code the municipalities are read from.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>The DeSO/RegSO code the municipality and county are read from (empty: detected).</source>
      <translation>The DeSO/RegSO code the municipality and county are read from (empty: detected).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The Excel file {file} cannot be read: {reason}</source>
      <translation>The Excel file {file} cannot be read: {reason}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>The GTFS feed {file} has no stops.txt.</source>
      <translation>The GTFS feed {file} has no stops.txt.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>The PDF and PNG files are written here.</source>
      <translation>The PDF and PNG files are written here.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" />
      <source>The Segregation panel: data, area types and more, step by step</source>
      <translation>The Segregation panel: data, area types and more, step by step</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/tasks.py" />
      <source>The algorithm could not start.</source>
      <translation>The algorithm could not start.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/chain.py" />
      <source>The algorithm failed; see the log.</source>
      <translation>The algorithm failed; see the log.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/tasks.py" />
      <source>The algorithm {id} is not available: is the plugin enabled?</source>
      <translation>The algorithm {id} is not available: is the plugin enabled?</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The area code found in both layers, e.g. regsokod.</source>
      <translation>The area code found in both layers, e.g. regsokod.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>The area types are cut at this mean plus or minus whole SDs.</source>
      <translation>The area types are cut at this mean plus or minus whole SDs.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>The areas are in {crs}, which is in degrees: distances and areas are computed in {work} (SWEREF 99 TM).</source>
      <translation>The areas are in {crs}, which is in degrees: distances and areas are computed in {work} (SWEREF 99 TM).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/geometry.py" />
      <source>The areas layer has no coordinate reference system: its coordinates are taken as metres and the other layers must use the same coordinates.</source>
      <translation>The areas layer has no coordinate reference system: its coordinates are taken as metres and the other layers must use the same coordinates.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>The areas of {name} have no population.</source>
      <translation>The areas of {name} have no population.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>The areas the statistics are joined onto.</source>
      <translation>The areas the statistics are joined onto.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transit.py" />
      <source>The catchment distance must be greater than 0 m; {what} has {count} value(s) that are not: {examples}.</source>
      <translation>The catchment distance must be greater than 0 m; {what} has {count} value(s) that are not: {examples}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>The code field "{num}" is a number and "{text}" is text; codes compared as text</source>
      <translation>The code field "{num}" is a number and "{text}" is text; codes compared as text</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The compare group {index} does not exist (there are {count} groups).</source>
      <translation>The compare group {index} does not exist (there are {count} groups).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>The coverage table was not found.</source>
      <translation>The coverage table was not found.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The crosswalk is used; the target code field {field} is ignored.</source>
      <translation>The crosswalk is used; the target code field {field} is ignored.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The crosswalk {file} lacks the column(s) {missing}; found: {found}.</source>
      <translation>The crosswalk {file} lacks the column(s) {missing}; found: {found}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>The existing network: included in every other scenario. Empty: none.</source>
      <translation>The existing network: included in every other scenario. Empty: none.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The field "{column}" is not numeric (value "{value}" in row {row}).</source>
      <translation>The field "{column}" is not numeric (value "{value}" in row {row}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The field "{column}" used by the rule for "{field}" is not in the table.</source>
      <translation>The field "{column}" used by the rule for "{field}" is not in the table.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The file {file} does not look like a table: no header followed by rows with the same number (2 or more) of fields separated by comma, semicolon or tab.</source>
      <translation>The file {file} does not look like a table: no header followed by rows with the same number (2 or more) of fields separated by comma, semicolon or tab.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The file {file} has a header on line {line} but no data rows.</source>
      <translation>The file {file} has a header on line {line} but no data rows.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The file {file} is an old Excel .xls workbook; save it as .xlsx or CSV.</source>
      <translation>The file {file} is an old Excel .xls workbook; save it as .xlsx or CSV.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The file {file} is empty.</source>
      <translation>The file {file} is empty.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The file {file} is not a text table (binary content at position {offset}); export the table from Statistikdatabasen as CSV or XLSX.</source>
      <translation>The file {file} is not a text table (binary content at position {offset}); export the table from Statistikdatabasen as CSV or XLSX.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>The flag thresholds are the mean plus k standard deviations over the {n} regions of this input layer, not over all of Sweden's municipalities.</source>
      <translation>The flag thresholds are the mean plus k standard deviations over the {n} regions of this input layer, not over all of Sweden's municipalities.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The focus and compare groups must differ (both are group {group}).</source>
      <translation>The focus and compare groups must differ (both are group {group}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The focus group {index} does not exist (there are {count} groups).</source>
      <translation>The focus group {index} does not exist (there are {count} groups).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The fractions of unit(s) {units} add up to more than 1.</source>
      <translation>The fractions of unit(s) {units} add up to more than 1.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>The index has standard deviation 0 over the {n} reference areas: cannot classify.</source>
      <translation>The index has standard deviation 0 over the {n} reference areas: cannot classify.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>The indices could not be computed: {error}</source>
      <translation>The indices could not be computed: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>The indices table was not found.</source>
      <translation>The indices table was not found.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>The input is not a layer: its style was not changed.</source>
      <translation>The input is not a layer: its style was not changed.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>The input layer</source>
      <translation>The input layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>The joined layer was not added to the project.</source>
      <translation>The joined layer was not added to the project.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/base.py" />
      <source>The layer of parameter {name} could not be read.</source>
      <translation>The layer of parameter {name} could not be read.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>The layer {layer} has no field "{field}"; its fields are: {fields}.</source>
      <translation>The layer {layer} has no field "{field}"; its fields are: {fields}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The layer {layer} has no field {field}.</source>
      <translation>The layer {layer} has no field {field}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>The low- and high-income groups must differ.</source>
      <translation>The low- and high-income groups must differ.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The number of iterations must be at least 1.</source>
      <translation>The number of iterations must be at least 1.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>The ojämlikhetsindex and the combined flag need income group fields (e.g. q1..q5) or a composition and flags table.</source>
      <translation>The ojämlikhetsindex and the combined flag need income group fields (e.g. q1..q5) or a composition and flags table.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The output field "{field}" is produced by more than one rule.</source>
      <translation>The output field "{field}" is produced by more than one rule.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>The permutation test needs whole-number counts; unit {unit} has {value}.</source>
      <translation>The permutation test needs whole-number counts; unit {unit} has {value}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>The population field could not be read: {error}</source>
      <translation>The population field could not be read: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>The reference is the input layer itself ({n} areas), not all areas of Sweden: the area types are relative to this layer's own mean and SD, not the national ones.</source>
      <translation>The reference is the input layer itself ({n} areas), not all areas of Sweden: the area types are relative to this layer's own mean and SD, not the national ones.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>The reports could not be made: {error}</source>
      <translation>The reports could not be made: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/tasks.py" />
      <source>The result could not be added to the project: {error}</source>
      <translation>The result could not be added to the project: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The rule for field "{field}" needs {what}.</source>
      <translation>The rule for field "{field}" needs {what}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>The rule must be 'and' or 'or', not {rule}.</source>
      <translation>The rule must be 'and' or 'or', not {rule}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>The sample data could not be loaded: {error}</source>
      <translation>The sample data could not be loaded: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>The sample data is missing from the plugin: {path}</source>
      <translation>The sample data is missing from the plugin: {path}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The share in area types 1–2 needs area types per year (e.g. area_type_2022, area_type_2023) and the population.</source>
      <translation>The share in area types 1–2 needs area types per year (e.g. area_type_2022, area_type_2023) and the population.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>The share of the population that lives in areas with major or some socioeconomic challenges (types 1 and 2).</source>
      <translation>The share of the population that lives in areas with major or some socioeconomic challenges (types 1 and 2).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>The single-group indices compare the focus group with the rest by default.</source>
      <translation>The single-group indices compare the focus group with the rest by default.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>The statistics could not be loaded: {error}</source>
      <translation>The statistics could not be loaded: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>The table has no column {column}.</source>
      <translation>The table has no column {column}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/statimport.py" />
      <source>The table lacks the column(s) {missing} needed for the join.</source>
      <translation>The table lacks the column(s) {missing} needed for the join.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The table of {step} was not found.</source>
      <translation>The table of {step} was not found.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>The table {layer} has no field 'region'; give an output of the plugin's per-region algorithms.</source>
      <translation>The table {layer} has no field 'region'; give an output of the plugin's per-region algorithms.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>The table {layer} has no fields to join besides the code.</source>
      <translation>The table {layer} has no fields to join besides the code.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The target field {field} is replaced by the aggregated field.</source>
      <translation>The target field {field} is replaced by the aggregated field.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The target layer {layer} has no polygons.</source>
      <translation>The target layer {layer} has no polygons.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The target polygons overlap: unit(s) {units} lie in several targets with more than their own area in total. Area-weighted apportioning needs targets that do not overlap; fix the targets or use point on surface or largest overlap.</source>
      <translation>The target polygons overlap: unit(s) {units} lie in several targets with more than their own area in total. Area-weighted apportioning needs targets that do not overlap; fix the targets or use point on surface or largest overlap.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The targets ({tcrs}) are reprojected to the units' CRS ({ucrs}).</source>
      <translation>The targets ({tcrs}) are reprojected to the units' CRS ({ucrs}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The time series failed: {error}</source>
      <translation>The time series failed: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>The transit catchments could not be computed: {error}</source>
      <translation>The transit catchments could not be computed: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The transitions could not be computed: {error}</source>
      <translation>The transitions could not be computed: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>The transitions table was not found.</source>
      <translation>The transitions table was not found.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>The units are in a geographic CRS ({crs}): areas and overlaps are computed in {work}.</source>
      <translation>The units are in a geographic CRS ({crs}): areas and overlaps are computed in {work}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/inequality.py" />
      <source>The values sum to zero: inequality is not defined.</source>
      <translation>The values sum to zero: inequality is not defined.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>The walking distance must be greater than 0 m (got {value}).</source>
      <translation>The walking distance must be greater than 0 m (got {value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The weight table has {what} in row {row}.</source>
      <translation>The weight table has {what} in row {row}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>The weight table lacks the column(s) {missing}.</source>
      <translation>The weight table lacks the column(s) {missing}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/inequality.py" />
      <source>The weights sum to zero: inequality is not defined.</source>
      <translation>The weights sum to zero: inequality is not defined.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>The year "{value}" of row {row} in {layer} is not a whole number.</source>
      <translation>The year "{value}" of row {row} in {layer} is not a whole number.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Theil T between regions</source>
      <translation>Theil T between regions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Theil T within regions</source>
      <translation>Theil T within regions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Theil T, all units</source>
      <translation>Theil T, all units</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>There are no units in the input.</source>
      <translation>There are no units in the input.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>There are {targets} target ids for {units} units.</source>
      <translation>There are {targets} target ids for {units} units.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>They have {n} inhabitants, not counted in the population shares.</source>
      <translation>They have {n} inhabitants, not counted in the population shares.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>This layer (local area types)</source>
      <translation>This layer (local area types)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Thresholds: ojämlikhetsindex {t1}, share in types 1+2 {t2}</source>
      <translation>Thresholds: ojämlikhetsindex {t1}, share in types 1+2 {t2}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Tick at least one municipality.</source>
      <translation>Tick at least one municipality.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Tick at least one year with group fields (e.g. q1_2022…q5_2022).</source>
      <translation>Tick at least one year with group fields (e.g. q1_2022…q5_2022).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Tick at least two group fields.</source>
      <translation>Tick at least two group fields.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Tick at least two income groups, or none.</source>
      <translation>Tick at least two income groups, or none.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Tick the count fields of mutually exclusive groups, lowest income first.</source>
      <translation>Tick the count fields of mutually exclusive groups, lowest income first.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Time series over several years</source>
      <translation>Time series over several years</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>Title (default: 'Area types and segregation: &lt;name&gt;')</source>
      <translation>Title (default: 'Area types and segregation: &lt;name&gt;')</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Title: {title}</source>
      <translation>Title: {title}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Total population field (default: sum of groups)</source>
      <translation>Total population field (default: sum of groups)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Transit</source>
      <translation>Transit</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Transit catchments ({distance} m)</source>
      <translation>Transit catchments ({distance} m)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Transit lines (sample)</source>
      <translation>Transit lines (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" />
      <source>Transit stops (sample)</source>
      <translation>Transit stops (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Trends</source>
      <translation>Trends</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Try the plugin on the fictional sample county Exempellän (three municipalities with DeSO- and RegSO-like areas, statistics and transit), or load your own data.</source>
      <translation>Try the plugin on the fictional sample county Exempellän (three municipalities with DeSO- and RegSO-like areas, statistics and transit), or load your own data.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Two fields of one layer</source>
      <translation>Two fields of one layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Two layers, matched by area code</source>
      <translation>Two layers, matched by area code</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Two-group form: focus vs compare group (not vs the rest)</source>
      <translation>Two-group form: focus vs compare group (not vs the rest)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Type conflicts</source>
      <translation>Type conflicts</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Types 1+2</source>
      <translation>Types 1+2</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/messages.py" />
      <source>Unexpected error: {error}</source>
      <translation>Unexpected error: {error}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/stylegraduated.py" />
      <source>Unit in the legend (default: '%' for shares)</source>
      <translation>Unit in the legend (default: '%' for shares)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit} has no region.</source>
      <translation>Unit {unit} has no region.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>Unit {unit}: area type {value} is not one of 1-5 or empty.</source>
      <translation>Unit {unit}: area type {value} is not one of 1-5 or empty.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: count for group {group} is missing or not a finite number.</source>
      <translation>Unit {unit}: count for group {group} is missing or not a finite number.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: count for group {group} is negative ({value}).</source>
      <translation>Unit {unit}: count for group {group} is negative ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: count for group {group} is not a number ({value}).</source>
      <translation>Unit {unit}: count for group {group} is not a number ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the focus group count {count} exceeds the total {total}.</source>
      <translation>Unit {unit}: the focus group count {count} exceeds the total {total}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the population is missing or not a finite number.</source>
      <translation>Unit {unit}: the population is missing or not a finite number.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the population is negative ({value}).</source>
      <translation>Unit {unit}: the population is negative ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the population is not a number ({value}).</source>
      <translation>Unit {unit}: the population is not a number ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the total is missing or not a finite number.</source>
      <translation>Unit {unit}: the total is missing or not a finite number.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the total is negative ({value}).</source>
      <translation>Unit {unit}: the total is negative ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the total is not a number ({value}).</source>
      <translation>Unit {unit}: the total is not a number ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the value is missing or not a finite number.</source>
      <translation>Unit {unit}: the value is missing or not a finite number.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the value is negative ({value}).</source>
      <translation>Unit {unit}: the value is negative ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the value is not a number ({value}).</source>
      <translation>Unit {unit}: the value is not a number ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the weight is missing or not a finite number.</source>
      <translation>Unit {unit}: the weight is missing or not a finite number.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the weight is negative ({value}).</source>
      <translation>Unit {unit}: the weight is negative ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unit {unit}: the weight is not a number ({value}).</source>
      <translation>Unit {unit}: the weight is not a number ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Units</source>
      <translation>Units</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Units (e.g. DeSO) with statistics</source>
      <translation>Units (e.g. DeSO) with statistics</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Units in no target</source>
      <translation>Units in no target</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Units in no target (list)</source>
      <translation>Units in no target (list)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Units overlapping several targets</source>
      <translation>Units overlapping several targets</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Units overlapping several targets (list)</source>
      <translation>Units overlapping several targets (list)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Units partly outside the targets</source>
      <translation>Units partly outside the targets</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Units with a value</source>
      <translation>Units with a value</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Units with group counts</source>
      <translation>Units with group counts</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Units with population and area type</source>
      <translation>Units with population and area type</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Units, year A</source>
      <translation>Units, year A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>Units, year B (default: the same layer)</source>
      <translation>Units, year B (default: the same layer)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/aggregate.py" />
      <source>Unknown aggregation rule "{rule}" for field "{field}"; use one of {kinds}.</source>
      <translation>Unknown aggregation rule "{rule}" for field "{field}"; use one of {kinds}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Unknown index {name}; known indices: {known}.</source>
      <translation>Unknown index {name}; known indices: {known}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Used for the years without a population field of their own.</source>
      <translation>Used for the years without a population field of their own.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>V1: low economic standard (%)</source>
      <translation>V1: low economic standard (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>V1: share with low economic standard (%)</source>
      <translation>V1: share with low economic standard (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>V2: förgymnasial education (%)</source>
      <translation>V2: förgymnasial education (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>V2: share aged 20-64 with förgymnasial education (%)</source>
      <translation>V2: share aged 20-64 with förgymnasial education (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>V3: share aged 20-64 with long-term social assistance/unemployment (%)</source>
      <translation>V3: share aged 20-64 with long-term social assistance/unemployment (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>V3: social assistance / unemployment (%)</source>
      <translation>V3: social assistance / unemployment (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Value field (e.g. median income)</source>
      <translation>Value field (e.g. median income)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/styleareatypes.py" />
      <source>Values that are no area type (drawn as not classified): {values}</source>
      <translation>Values that are no area type (drawn as not classified): {values}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>Variables and years to join ('variable | year; ...'; default all)</source>
      <translation>Variables and years to join ('variable | year; ...'; default all)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Vector files (*.gpkg *.shp *.geojson *.json *.gml *.kml *.fgb *.sqlite)</source>
      <translation>Vector files (*.gpkg *.shp *.geojson *.json *.gml *.kml *.fgb *.sqlite)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Walking distance</source>
      <translation>Walking distance</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Walking distance (metres)</source>
      <translation>Walking distance (metres)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Warning</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Warning: {text}</source>
      <translation>Warning: {text}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Warnings</source>
      <translation>Warnings</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>Weight field (e.g. population)</source>
      <translation>Weight field (e.g. population)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Weight for the means (e.g. befolkning)</source>
      <translation>Weight for the means (e.g. befolkning)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>Weight mean and SD by region population</source>
      <translation>Weight mean and SD by region population</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Weight of the shares' means, e.g. befolkning.</source>
      <translation>Weight of the shares' means, e.g. befolkning.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>Weighted mean: share or mean fields without counts</source>
      <translation>Weighted mean: share or mean fields without counts</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/transitions.py" />
      <source>Weights (population) cannot be negative.</source>
      <translation>Weights (population) cannot be negative.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>Weights each area by the population field. SCB's default is unweighted.</source>
      <translation>Weights each area by the population field. SCB's default is unweighted.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>Weights must be non-negative numbers, not all zero.</source>
      <translation>Weights must be non-negative numbers, not all zero.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>Weights of own indicators</source>
      <translation>Weights of own indicators</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Who lives within reach of public transport, in existing and planned networks, and how that differs between area types.

Method: catchment analysis with euclidean buffers. Each stop (and each line, if given) gets a circle (corridor) of the walking distance: one distance for all, or a distance field per feature (e.g. 400 m for bus, 800-1000 m for rail). The catchment of a scenario is the union of its buffers. Distances are straight lines: walking networks, barriers and detours are not modelled, so the catchments are upper bounds.

Covered population of an area: either the area-weighted share, population x (area inside the catchment / area), which assumes the population is spread evenly over the area (use small areas such as DeSO, or clip them to built-up land first); or the whole population when the area's point on surface lies inside the catchment, else none.

Scenarios: with a scenario field, each value is a scenario. A base scenario (e.g. 'befintlig') is included in every other scenario, so 'planerad' then means the future network, existing plus planned. GTFS stops belong to the base scenario (without one, to a scenario 'gtfs'). Without a scenario field everything is one scenario, 'all'.

Stops can come from a point layer and/or a GTFS stops.txt (or feed .zip): stops and stations are used, entrances and other nodes skipped. Layers in other coordinate systems are reprojected; areas in degrees are computed in SWEREF 99 TM.

Outputs: the dissolved catchment per scenario; the areas with covered_pop_&lt;scenario&gt; and covered_share_&lt;scenario&gt;; a summary table per scenario and area type. The equity ratio per scenario is the coverage share in area types 1-2 divided by that in types 4-5 (above 1: areas with socioeconomic challenges are better served). The area-type field may be any categorical field; the ratio needs types 1-5 (segregation:areatypes). The results also hold EQUITY_RATIOS, TOTAL_POPULATION and COVERED_POPULATION per scenario (as JSON text in the *_JSON outputs). Warnings (stops outside all areas, overlapping areas, features without geometry) are logged and in WARNINGS.</source>
      <translation>Who lives within reach of public transport, in existing and planned networks, and how that differs between area types.

Method: catchment analysis with euclidean buffers. Each stop (and each line, if given) gets a circle (corridor) of the walking distance: one distance for all, or a distance field per feature (e.g. 400 m for bus, 800-1000 m for rail). The catchment of a scenario is the union of its buffers. Distances are straight lines: walking networks, barriers and detours are not modelled, so the catchments are upper bounds.

Covered population of an area: either the area-weighted share, population x (area inside the catchment / area), which assumes the population is spread evenly over the area (use small areas such as DeSO, or clip them to built-up land first); or the whole population when the area's point on surface lies inside the catchment, else none.

Scenarios: with a scenario field, each value is a scenario. A base scenario (e.g. 'befintlig') is included in every other scenario, so 'planerad' then means the future network, existing plus planned. GTFS stops belong to the base scenario (without one, to a scenario 'gtfs'). Without a scenario field everything is one scenario, 'all'.

Stops can come from a point layer and/or a GTFS stops.txt (or feed .zip): stops and stations are used, entrances and other nodes skipped. Layers in other coordinate systems are reprojected; areas in degrees are computed in SWEREF 99 TM.

Outputs: the dissolved catchment per scenario; the areas with covered_pop_&lt;scenario&gt; and covered_share_&lt;scenario&gt;; a summary table per scenario and area type. The equity ratio per scenario is the coverage share in area types 1-2 divided by that in types 4-5 (above 1: areas with socioeconomic challenges are better served). The area-type field may be any categorical field; the ratio needs types 1-5 (segregation:areatypes). The results also hold EQUITY_RATIOS, TOTAL_POPULATION and COVERED_POPULATION per scenario (as JSON text in the *_JSON outputs). Warnings (stops outside all areas, overlapping areas, features without geometry) are logged and in WARNINGS.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Who lives within walking distance of public transport, in the existing and the planned network, by area type. Distances are straight lines (circles around stops), so the catchments are upper bounds.</source>
      <translation>Who lives within walking distance of public transport, in the existing and the planned network, by area type. Distances are straight lines (circles around stops), so the catchments are upper bounds.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>Whole area when its point on surface is inside the catchment</source>
      <translation>Whole area when its point on surface is inside the catchment</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>Whole layer</source>
      <translation>Whole layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>With a layer of area types (from the Area types step) and its population, the population share per area type of each region and Delmos' flags are computed too.</source>
      <translation>With a layer of area types (from the Area types step) and its population, the population share per area type of each region and Delmos' flags are computed too.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>Within reach of transit ({layer})</source>
      <translation>Within reach of transit ({layer})</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Without them the measures are computed from the income groups above. Give the outputs of the Indices step (saved to a file or kept in the project) to report indices computed on DeSO.</source>
      <translation>Without them the measures are computed from the income groups above. Give the outputs of the Indices step (saved to a file or kept in the project) to report indices computed on DeSO.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Write the reports</source>
      <translation>Write the reports</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>Writing the reports</source>
      <translation>Writing the reports</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>Year A and year B are the same layer: choose “Two fields of one layer”.</source>
      <translation>Year A and year B are the same layer: choose “Two fields of one layer”.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>Year of the data (for the output)</source>
      <translation>Year of the data (for the output)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Years</source>
      <translation>Years</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>Years A and B must have the same groups ({a} and {b} columns).</source>
      <translation>Years A and B must have the same groups ({a} and {b} columns).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Years: {years}</source>
      <translation>Years: {years}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>Your own data</source>
      <translation>Your own data</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>[Temporary layer]</source>
      <translation>[Temporary layer]</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/regionflags.py" />
      <source>area type field {field}; population {pop}; flags: mean + {k1} SD (ojämlikhetsindex), mean + {k2} SD (types 1+2); rule {rule}</source>
      <translation>area type field {field}; population {pop}; flags: mean + {k1} SD (ojämlikhetsindex), mean + {k2} SD (types 1+2); rule {rule}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>area_type from the Area types step (1-5).</source>
      <translation>area_type from the Area types step (1-5).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>areas</source>
      <translation>areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>as given in the field {field} (not computed by the plugin)</source>
      <translation>as given in the field {field} (not computed by the plugin)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>better type (higher number): {n}</source>
      <translation>better type (higher number): {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>by SCB's crosswalk DeSO - RegSO on {field}</source>
      <translation>by SCB's crosswalk DeSO - RegSO on {field}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>by the code field {field}</source>
      <translation>by the code field {field}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>comma</source>
      <translation>comma</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>comparison group (rest of total or compare group) has zero total: dissimilarity, Gini, information theory and Atkinson not defined</source>
      <translation>comparison group (rest of total or compare group) has zero total: dissimilarity, Gini, information theory and Atkinson not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/regions.py" />
      <source>county</source>
      <translation>county</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>custom index</source>
      <translation>custom index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>ddof must be a whole number &gt;= 0 (got {ddof}).</source>
      <translation>ddof must be a whole number &gt;= 0 (got {ddof}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>directions</source>
      <translation>directions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>fewer than 2 groups present: multigroup indices not defined</source>
      <translation>fewer than 2 groups present: multigroup indices not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>fewer than 2 populated units: indices not defined</source>
      <translation>fewer than 2 populated units: indices not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/inequality.py" />
      <source>fewer than 2 units with weight: inequality not defined</source>
      <translation>fewer than 2 units with weight: inequality not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>fid {fid} (no code)</source>
      <translation>fid {fid} (no code)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>field {field}</source>
      <translation>field {field}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>focus group has zero total: single-group indices not defined</source>
      <translation>focus group has zero total: single-group indices not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>focus vs compare group</source>
      <translation>focus vs compare group</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>focus vs rest of total</source>
      <translation>focus vs rest of total</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>groups {groups}; focus {focus}; compare {compare}</source>
      <translation>groups {groups}; focus {focus}; compare {compare}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>high group has zero total: ojämlikhetsindex not defined</source>
      <translation>high group has zero total: ojämlikhetsindex not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>indices.csv</source>
      <translation>indices.csv</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>inhabitants</source>
      <translation>inhabitants</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>long (a year column)</source>
      <translation>long (a year column)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>low group has zero total: ojämlikhetsindex not defined</source>
      <translation>low group has zero total: ojämlikhetsindex not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>mean {mean}, SD {std}</source>
      <translation>mean {mean}, SD {std}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/regions.py" />
      <source>municipality</source>
      <translation>municipality</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>no permutation gave a defined index: p-value not computed</source>
      <translation>no permutation gave a defined index: p-value not computed</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>not classified in at least one year: {n}</source>
      <translation>not classified in at least one year: {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>ojämlikhetsindex ≥ mean + 1.0 SD and share in types 1+2 ≥ mean + 1.5 SD over {n} regions (unweighted, sample SD); rule AND</source>
      <translation>ojämlikhetsindex ≥ mean + 1.0 SD and share in types 1+2 ≥ mean + 1.5 SD over {n} regions (unweighted, sample SD); rule AND</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>p ({index})</source>
      <translation>p ({index})</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>population SD (ddof=0)</source>
      <translation>population SD (ddof=0)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>population {n}</source>
      <translation>population {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>population-weighted</source>
      <translation>population-weighted</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>reference: another layer</source>
      <translation>reference: another layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>reference: given values</source>
      <translation>reference: given values</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>reference: the input layer</source>
      <translation>reference: the input layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>region has no population: shares not defined</source>
      <translation>region has no population: shares not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>region missing in year A: change not tested</source>
      <translation>region missing in year A: change not tested</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>region missing in year B: change not tested</source>
      <translation>region missing in year B: change not tested</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>same type: {n}</source>
      <translation>same type: {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>sample SD (ddof=1)</source>
      <translation>sample SD (ddof=1)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>segregation_reports</source>
      <translation>segregation_reports</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>semicolon</source>
      <translation>semicolon</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>shares and the ojämlikhetsindex in percent; other indices between 0 and 1</source>
      <translation>shares and the ojämlikhetsindex in percent; other indices between 0 and 1</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>single-group indices: {form}; Atkinson b = {b}; permutations {n}</source>
      <translation>single-group indices: {form}; Atkinson b = {b}; permutations {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>some groups are absent: multigroup indices use the groups present</source>
      <translation>some groups are absent: multigroup indices use the groups present</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>stops.txt of a GTFS feed (or the feed's .zip): its stops are the existing ones.</source>
      <translation>stops.txt of a GTFS feed (or the feed's .zip): its stops are the existing ones.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>tab</source>
      <translation>tab</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>time_series.csv</source>
      <translation>time_series.csv</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>too few regions for a standard deviation: no region flagged</source>
      <translation>too few regions for a standard deviation: no region flagged</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>unweighted</source>
      <translation>unweighted</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/composition.py" />
      <source>value missing: region not flagged</source>
      <translation>value missing: region not flagged</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>value {value}; weight {weight}</source>
      <translation>value {value}; weight {weight}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/inequality.py" />
      <source>values sum to zero: inequality not defined</source>
      <translation>values sum to zero: inequality not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" />
      <source>weights</source>
      <translation>weights</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>whole layer</source>
      <translation>whole layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>wide (one column per year)</source>
      <translation>wide (one column per year)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>worse type (lower number): {n}</source>
      <translation>worse type (lower number): {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>year A</source>
      <translation>year A</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>year A has a note: run the indices for year A to see it</source>
      <translation>year A has a note: run the indices for year A to see it</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indexchange.py" />
      <source>year A {a}; year B {b}; {n} permutations</source>
      <translation>year A {a}; year B {b}; {n} permutations</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>year B</source>
      <translation>year B</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" />
      <source>year B has a note: run the indices for year B to see it</source>
      <translation>year B has a note: run the indices for year B to see it</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/areatypes.py" />
      <source>{count} area(s) not classified (missing values; see area_type_note).</source>
      <translation>{count} area(s) not classified (missing values; see area_type_note).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>{count} area(s) without geometry skipped: their population ({population}) is not in the summary.</source>
      <translation>{count} area(s) without geometry skipped: their population ({population}) is not in the summary.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>{count} area(s) without statistics: {codes}</source>
      <translation>{count} area(s) without statistics: {codes}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{count} areas without statistics</source>
      <translation>{count} areas without statistics</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>{count} invalid area geometr(y/ies) repaired (in the output only).</source>
      <translation>{count} invalid area geometr(y/ies) repaired (in the output only).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>{count} of {total} stop(s)/line(s) lie outside all areas (check the layers' coordinate systems if this is unexpected).</source>
      <translation>{count} of {total} stop(s)/line(s) lie outside all areas (check the layers' coordinate systems if this is unexpected).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>{count} pair(s) of areas overlap (e.g. {example}): people in an overlap are counted in each area, so the totals count them more than once.</source>
      <translation>{count} pair(s) of areas overlap (e.g. {example}): people in an overlap are counted in each area, so the totals count them more than once.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/importstatistics.py" />
      <source>{count} region label(s) without code: {labels}</source>
      <translation>{count} region label(s) without code: {labels}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{count} region labels without code</source>
      <translation>{count} region labels without code</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transit.py" />
      <source>{count} stop(s)/line(s) with NULL {field} belong to no scenario.</source>
      <translation>{count} stop(s)/line(s) with NULL {field} belong to no scenario.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>{count} table code(s) match no area: {codes}</source>
      <translation>{count} table code(s) match no area: {codes}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{count} table codes match no area</source>
      <translation>{count} table codes match no area</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>{count} table row(s) have no code and were left out; import with SCB's crosswalk or join by names.</source>
      <translation>{count} table row(s) have no code and were left out; import with SCB's crosswalk or join by names.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{count} table rows without code</source>
      <translation>{count} table rows without code</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" />
      <source>{field} missing</source>
      <translation>{field} missing</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{file}: {matched} of {total} areas matched</source>
      <translation>{file}: {matched} of {total} areas matched</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>{groups}; low-income group {low}, high-income group {high}; indices over the {unit} of the layer</source>
      <translation>{groups}; low-income group {low}, high-income group {high}; indices over the {unit} of the layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/tasks.py" />
      <source>{id}: cancelled.</source>
      <translation>{id}: cancelled.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{layer} aggregated to {targets}</source>
      <translation>{layer} aggregated to {targets}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{layer} with statistics</source>
      <translation>{layer} with statistics</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/joinstatistics.py" />
      <source>{matched} of {total} area(s) got statistics from {table}.</source>
      <translation>{matched} of {total} area(s) got statistics from {table}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{name} (county)</source>
      <translation>{name} (county)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>{name} is flagged: both its ojämlikhetsindex and its share of the population in area types 1 and 2 are high compared with the other regions.</source>
      <translation>{name} is flagged: both its ojämlikhetsindex and its share of the population in area types 1 and 2 are high compared with the other regions.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>{name} is not flagged: its ojämlikhetsindex and its share in area types 1 and 2 are not both above the thresholds.</source>
      <translation>{name} is not flagged: its ojämlikhetsindex and its share in area types 1 and 2 are not both above the thresholds.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>{n} area(s) are in only one of the layers.</source>
      <translation>{n} area(s) are in only one of the layers.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/transitions.py" />
      <source>{n} area(s) are in only one of the years; they count as not classified in the other.</source>
      <translation>{n} area(s) are in only one of the years; they count as not classified in the other.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>{n} areas</source>
      <translation>{n} areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/report.py" />
      <source>{n} areas ({unit})</source>
      <translation>{n} areas ({unit})</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} invalid target polygon(s) repaired in the output (the input is unchanged).</source>
      <translation>{n} invalid target polygon(s) repaired in the output (the input is unchanged).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} invalid unit polygon(s) repaired before dissolving (input unchanged).</source>
      <translation>{n} invalid unit polygon(s) repaired before dissolving (input unchanged).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>{n} layout(s) added to the project: Project ▸ Layouts, to edit and print them again.</source>
      <translation>{n} layout(s) added to the project: Project ▸ Layouts, to edit and print them again.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/indices.py" />
      <source>{n} regions ({level}); {groups}.</source>
      <translation>{n} regions ({level}); {groups}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/report.py" />
      <source>{n} report(s) in {folder}.</source>
      <translation>{n} report(s) in {folder}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} target(s) got no unit: {targets}</source>
      <translation>{n} target(s) got no unit: {targets}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} unit(s) have no target code: {units}</source>
      <translation>{n} unit(s) have no target code: {units}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} unit(s) lie in no target: {units}</source>
      <translation>{n} unit(s) lie in no target: {units}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} unit(s) lie partly outside the targets (only the part inside counts): {units}</source>
      <translation>{n} unit(s) lie partly outside the targets (only the part inside counts): {units}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} unit(s) overlap several targets and are split by area: {units}</source>
      <translation>{n} unit(s) overlap several targets and are split by area: {units}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{n} unit(s) overlap several targets but are assigned wholly to one: {units}</source>
      <translation>{n} unit(s) overlap several targets but are assigned wholly to one: {units}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/incomeinequality.py" />
      <source>{n} unit(s) with a missing value or weight are left out.</source>
      <translation>{n} unit(s) with a missing value or weight are left out.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/report.py" />
      <source>{n} {unit} in {name}, {total} in the layer; regions: {regions}</source>
      <translation>{n} {unit} in {name}, {total} in the layer; regions: {regions}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/indices.py" />
      <source>{parameter} must be one of the group fields: {fields}</source>
      <translation>{parameter} must be one of the group fields: {fields}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/data.py" />
      <source>{rows} rows for {regions} regions, header on line {line}</source>
      <translation>{rows} rows for {regions} regions, header on line {line}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/trends.py" />
      <source>{row} → {column}: {value}</source>
      <translation>{row} → {column}: {value}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>{scenario}: {covered} of {total} inhabitants within reach ({share}).</source>
      <translation>{scenario}: {covered} of {total} inhabitants within reach ({share}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/gui/pages/transit.py" />
      <source>{scenario}: {ratio} ({low} in types 1–2, {high} in types 4–5)</source>
      <translation>{scenario}: {ratio} ({low} in types 1–2, {high} in types 4–5)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{units} unit(s) aggregated to {targets} target(s) {method}.</source>
      <translation>{units} unit(s) aggregated to {targets} target(s) {method}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/aggregate.py" />
      <source>{units} unit(s) assigned to {targets} target(s): {method}.</source>
      <translation>{units} unit(s) assigned to {targets} target(s): {method}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/regions.py" />
      <source>{what} from {field}</source>
      <translation>{what} from {field}</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>Segregation</name>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="281" />
      <source>A given reference needs a finite mean and a standard deviation above 0.</source>
      <translation>A given reference needs a finite mean and a standard deviation above 0.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="199" />
      <source>An indicator has standard deviation 0 in the reference: cannot standardise.</source>
      <translation>An indicator has standard deviation 0 in the reference: cannot standardise.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="89" />
      <source>Another layer (e.g. all of Sweden)</source>
      <translation>Another layer (e.g. all of Sweden)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="157" />
      <source>Area level</source>
      <translation>Area level</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="184" />
      <source>Area types</source>
      <translation>Area types</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="98" />
      <source>Areas (polygon layer or table)</source>
      <translation>Areas (polygon layer or table)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="188" />
      <source>Areas in the reference</source>
      <translation>Areas in the reference</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="191" />
      <source>Areas not classified</source>
      <translation>Areas not classified</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="190" />
      <source>Areas of type {t}</source>
      <translation>Areas of type {t}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="48" />
      <source>Areas with good socioeconomic conditions</source>
      <translation>Areas with good socioeconomic conditions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="45" />
      <source>Areas with major socioeconomic challenges</source>
      <translation>Areas with major socioeconomic challenges</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="46" />
      <source>Areas with socioeconomic challenges</source>
      <translation>Areas with socioeconomic challenges</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="49" />
      <source>Areas with very good socioeconomic conditions</source>
      <translation>Areas with very good socioeconomic conditions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="263" />
      <source>At least 2 classifiable areas are needed for a reference; found {n}.</source>
      <translation>At least 2 classifiable areas are needed for a reference; found {n}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="73" />
      <source>At least one indicator is needed.</source>
      <translation>At least one indicator is needed.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/layers.py" line="73" />
      <source>Cancelled.</source>
      <translation>Cancelled.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="50" />
      <source>Cannot read {what}: '{text}'.</source>
      <translation>Cannot read {what}: '{text}'.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="539" />
      <source>Choose at least one index.</source>
      <translation>Choose at least one index.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="278" />
      <source>Choose the reference layer.</source>
      <translation>Choose the reference layer.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="219" />
      <source>Choose the three indicator fields V1, V2 and V3, or an index field.</source>
      <translation>Choose the three indicator fields V1, V2 and V3, or an index field.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/layers.py" line="172" />
      <source>Could not write feature {fid}.</source>
      <translation>Could not write feature {fid}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="142" />
      <source>Counts must be a table of units x groups.</source>
      <translation>Counts must be a table of units x groups.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="92" />
      <source>DeSO</source>
      <translation>DeSO</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="26" />
      <source>DeSO (sample)</source>
      <translation>DeSO (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="388" />
      <source>DeSO-level approximation (the official index is RegSO level)</source>
      <translation>DeSO-level approximation (the official index is RegSO level)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="92" />
      <source>Detect from codes</source>
      <translation>Detect from codes</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="80" />
      <source>Directions must be +1 (higher is worse) or -1.</source>
      <translation>Directions must be +1 (higher is worse) or -1.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="169" />
      <source>Directions of own indicators: 1 = higher is worse, -1 = higher is better</source>
      <translation>Directions of own indicators: 1 = higher is worse, -1 = higher is better</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="28" />
      <source>Districts (sample)</source>
      <translation>Districts (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/styling.py" line="147" />
      <source>Existing</source>
      <translation>Existing</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="213" />
      <source>Existing index</source>
      <translation>Existing index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="111" />
      <source>Existing index field (instead of V1-V3)</source>
      <translation>Existing index field (instead of V1-V3)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="170" />
      <source>Field {field} looks like fractions (all values are at most 1), not percentages. Tick 'indicators are fractions' to multiply by 100.</source>
      <translation>Field {field} looks like fractions (all values are at most 1), not percentages. Tick 'indicators are fractions' to multiply by 100.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="158" />
      <source>Field {field}: value {value} of feature {feature} is outside 0-100 (indicators are percentages); {count} feature(s) affected.</source>
      <translation>Field {field}: value {value} of feature {feature} is outside 0-100 (indicators are percentages); {count} feature(s) affected.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/layers.py" line="59" />
      <source>Field(s) not found in layer {layer}: {fields}</source>
      <translation>Field(s) not found in layer {layer}: {fields}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="61" />
      <source>Folder for the copy</source>
      <translation>Folder for the copy</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="270" />
      <source>Give both the reference mean and SD.</source>
      <translation>Give both the reference mean and SD.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="76" />
      <source>Give one direction and one weight per indicator ({count} indicators).</source>
      <translation>Give one direction and one weight per indicator ({count} indicators).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="53" />
      <source>Give {count} {what} separated by spaces or semicolons; got '{text}'.</source>
      <translation>Give {count} {what} separated by spaces or semicolons; got '{text}'.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="88" />
      <source>Given mean and standard deviation</source>
      <translation>Given mean and standard deviation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="123" />
      <source>Given reference mean</source>
      <translation>Given reference mean</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="129" />
      <source>Given reference standard deviation</source>
      <translation>Given reference standard deviation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="229" />
      <source>Got {got} region labels for {expected} units.</source>
      <translation>Got {got} region labels for {expected} units.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="194" />
      <source>Got {got} values for the {what}, expected one per unit ({expected}).</source>
      <translation>Got {got} values for the {what}, expected one per unit ({expected}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" line="72" />
      <source>Help</source>
      <translation>Help</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="152" />
      <source>Indicators are fractions (0-1): multiply by 100</source>
      <translation>Indicators are fractions (0-1): multiply by 100</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/layers.py" line="96" />
      <source>Layer {layer}, field {field}: value '{value}' of feature {fid} is not a number ({count} such value(s)).</source>
      <translation>Layer {layer}, field {field}: value '{value}' of feature {fid} is not a number ({count} such value(s)).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="54" />
      <source>Layers</source>
      <translation>Layers</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" line="68" />
      <source>Load sample data (Exempellän)…</source>
      <translation>Load sample data (Exempellän)…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="99" />
      <source>Loaded {label}: {n} features</source>
      <translation>Loaded {label}: {n} features</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="320" />
      <source>Mean {mean:.4f}, SD {std:.4f}, n = {n}</source>
      <translation>Mean {mean:.4f}, SD {std:.4f}, n = {n}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="192" />
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="29" />
      <source>Municipalities (sample)</source>
      <translation>Municipalities (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="51" />
      <source>Not classified</source>
      <translation>Not classified</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="92" />
      <source>Other areas</source>
      <translation>Other areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="208" />
      <source>Own index</source>
      <translation>Own index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="162" />
      <source>Own indicator fields (instead of V1-V3)</source>
      <translation>Own indicator fields (instead of V1-V3)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/adapter/styling.py" line="147" />
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="91" />
      <source>Population SD (ddof=0)</source>
      <translation>Population SD (ddof=0)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="141" />
      <source>Population field for a weighted mean and SD</source>
      <translation>Population field for a weighted mean and SD</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="117" />
      <source>Reference for mean and SD</source>
      <translation>Reference for mean and SD</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="135" />
      <source>Reference layer (same field names)</source>
      <translation>Reference layer (same field names)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="186" />
      <source>Reference mean</source>
      <translation>Reference mean</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="187" />
      <source>Reference standard deviation</source>
      <translation>Reference standard deviation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="92" />
      <source>RegSO</source>
      <translation>RegSO</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="27" />
      <source>RegSO (sample)</source>
      <translation>RegSO (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="92" />
      <source>SCB/Delmos official index: (V1 + V2 + V3) / 3</source>
      <translation>SCB/Delmos official index: (V1 + V2 + V3) / 3</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="64" />
      <source>Sample GeoPackage</source>
      <translation>Sample GeoPackage</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="91" />
      <source>Sample SD (ddof=1)</source>
      <translation>Sample SD (ddof=1)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="87" />
      <source>Sample layer {name} could not be opened from {path}</source>
      <translation>Sample layer {name} could not be opened from {path}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="63" />
      <source>Sample layers</source>
      <translation>Sample layers</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" line="46" />
      <source>Segregation</source>
      <translation>Segregation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/provider.py" line="25" />
      <source>Segregation: socioeconomic area types and segregation indices</source>
      <translation>Segregation: socioeconomic area types and segregation indices</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/plugin.py" line="62" />
      <source>Socioeconomic index and area types…</source>
      <translation>Socioeconomic index and area types…</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="47" />
      <source>Socioeconomically mixed areas</source>
      <translation>Socioeconomically mixed areas</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="147" />
      <source>Standard deviation</source>
      <translation>Standard deviation</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="180" />
      <source>Standardise own indicators (z-scores)</source>
      <translation>Standardise own indicators (z-scores)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="196" />
      <source>Standardised indicators need reference means and SDs.</source>
      <translation>Standardised indicators need reference means and SDs.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="547" />
      <source>The Atkinson parameter b must be at least 0 and below 1 (got {b}).</source>
      <translation>The Atkinson parameter b must be at least 0 and below 1 (got {b}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="487" />
      <source>The focus and compare groups must differ (both are group {group}).</source>
      <translation>The focus and compare groups must differ (both are group {group}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="267" />
      <source>The index has standard deviation 0 over the {n} reference areas: cannot classify.</source>
      <translation>The index has standard deviation 0 over the {n} reference areas: cannot classify.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="87" />
      <source>The input layer</source>
      <translation>The input layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="244" />
      <source>The input layer could not be read.</source>
      <translation>The input layer could not be read.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="694" />
      <source>The number of iterations must be at least 1.</source>
      <translation>The number of iterations must be at least 1.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="646" />
      <source>The permutation test needs whole-number counts; unit {unit} has {value}.</source>
      <translation>The permutation test needs whole-number counts; unit {unit} has {value}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="329" />
      <source>The reference is the input layer itself ({n} areas), not all areas of Sweden: the area types are relative to this layer's own mean and SD, not the national ones.</source>
      <translation>The reference is the input layer itself ({n} areas), not all areas of Sweden: the area types are relative to this layer's own mean and SD, not the national ones.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="69" />
      <source>The sample data is missing from the plugin: {path}</source>
      <translation>The sample data is missing from the plugin: {path}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="253" />
      <source>The {what} group {index} does not exist (there are {count} groups).</source>
      <translation>The {what} group {index} does not exist (there are {count} groups).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="477" />
      <source>There are no units in the input.</source>
      <translation>There are no units in the input.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="30" />
      <source>Transit lines (sample)</source>
      <translation>Transit lines (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/loadsample.py" line="31" />
      <source>Transit stops (sample)</source>
      <translation>Transit stops (sample)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="244" />
      <source>Unit {unit} has no region.</source>
      <translation>Unit {unit} has no region.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="162" />
      <source>Unit {unit}: count for group {group} is missing or not a finite number.</source>
      <translation>Unit {unit}: count for group {group} is missing or not a finite number.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="170" />
      <source>Unit {unit}: count for group {group} is negative ({value}).</source>
      <translation>Unit {unit}: count for group {group} is negative ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="148" />
      <source>Unit {unit}: count for group {group} is not a number ({value}).</source>
      <translation>Unit {unit}: count for group {group} is not a number ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="498" />
      <source>Unit {unit}: the focus group count {count} exceeds the total {total}.</source>
      <translation>Unit {unit}: the focus group count {count} exceeds the total {total}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="202" />
      <source>Unit {unit}: the {what} is missing or not a finite number.</source>
      <translation>Unit {unit}: the {what} is missing or not a finite number.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="209" />
      <source>Unit {unit}: the {what} is negative ({value}).</source>
      <translation>Unit {unit}: the {what} is negative ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="187" />
      <source>Unit {unit}: the {what} is not a number ({value}).</source>
      <translation>Unit {unit}: the {what} is not a number ({value}).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="534" />
      <source>Unknown index {name}; known indices: {known}.</source>
      <translation>Unknown index {name}; known indices: {known}.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="102" />
      <source>V1: share with low economic standard (%)</source>
      <translation>V1: share with low economic standard (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="103" />
      <source>V2: share aged 20-64 with förgymnasial education (%)</source>
      <translation>V2: share aged 20-64 with förgymnasial education (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="104" />
      <source>V3: share aged 20-64 with long-term social assistance/unemployment (%)</source>
      <translation>V3: share aged 20-64 with long-term social assistance/unemployment (%)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="193" />
      <source>Warning</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="83" />
      <source>Weights must be non-negative numbers, not all zero.</source>
      <translation>Weights must be non-negative numbers, not all zero.</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="175" />
      <source>Weights of own indicators</source>
      <translation>Weights of own indicators</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="779" />
      <source>Years A and B must have the same groups ({a} and {b} columns).</source>
      <translation>Years A and B must have the same groups ({a} and {b} columns).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="481" />
      <source>compare</source>
      <translation>compare</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="375" />
      <source>custom index</source>
      <translation>custom index</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="204" />
      <source>directions</source>
      <translation>directions</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="93" />
      <source>fewer than 2 groups present: multigroup indices not defined</source>
      <translation>fewer than 2 groups present: multigroup indices not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="84" />
      <source>fewer than 2 populated units: indices not defined</source>
      <translation>fewer than 2 populated units: indices not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="480" />
      <source>focus</source>
      <translation>focus</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="85" />
      <source>focus group has zero total: single-group indices not defined</source>
      <translation>focus group has zero total: single-group indices not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="91" />
      <source>high group has zero total: ojämlikhetsindex not defined</source>
      <translation>high group has zero total: ojämlikhetsindex not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="90" />
      <source>low group has zero total: ojämlikhetsindex not defined</source>
      <translation>low group has zero total: ojämlikhetsindex not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="377" />
      <source>mean {mean}, SD {std}</source>
      <translation>mean {mean}, SD {std}</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="98" />
      <source>no permutation gave a defined index: p-value not computed</source>
      <translation>no permutation gave a defined index: p-value not computed</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="86" />
      <source>no population outside the focus group: dissimilarity, Gini, information theory and Atkinson not defined</source>
      <translation>no population outside the focus group: dissimilarity, Gini, information theory and Atkinson not defined</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="385" />
      <source>population SD (ddof=0)</source>
      <translation>population SD (ddof=0)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="383" />
      <source>population-weighted</source>
      <translation>population-weighted</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="372" />
      <source>reference: another layer</source>
      <translation>reference: another layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="371" />
      <source>reference: given values</source>
      <translation>reference: given values</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="370" />
      <source>reference: the input layer</source>
      <translation>reference: the input layer</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="94" />
      <source>region missing in year A: change not tested</source>
      <translation>region missing in year A: change not tested</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="95" />
      <source>region missing in year B: change not tested</source>
      <translation>region missing in year B: change not tested</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="385" />
      <source>sample SD (ddof=1)</source>
      <translation>sample SD (ddof=1)</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="92" />
      <source>some groups are absent: multigroup indices use the groups present</source>
      <translation>some groups are absent: multigroup indices use the groups present</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="493" />
      <source>total</source>
      <translation>total</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="383" />
      <source>unweighted</source>
      <translation>unweighted</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="206" />
      <source>weights</source>
      <translation>weights</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="96" />
      <source>year A has a note: run the indices for year A to see it</source>
      <translation>year A has a note: run the indices for year A to see it</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/indices.py" line="97" />
      <source>year B has a note: run the indices for year B to see it</source>
      <translation>year B has a note: run the indices for year B to see it</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/processing/algorithms/areatypes.py" line="328" />
      <source>{count} area(s) not classified (missing values; see area_type_note).</source>
      <translation>{count} area(s) not classified (missing values; see area_type_note).</translation>
    </message>
    <message>
      <location filename="../segregation_plugin/core/areatypes.py" line="314" />
      <source>{field} missing</source>
      <translation>{field} missing</translation>
    </message>
  </context>
</TS>

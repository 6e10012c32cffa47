"""One module per Processing algorithm; ``ALGORITHMS`` lists them for the provider."""

from .aggregate import AggregateAlgorithm
from .areatypes import AreaTypesAlgorithm
from .importstatistics import ImportStatisticsAlgorithm
from .incomeinequality import IncomeInequalityAlgorithm
from .indexchange import IndexChangeAlgorithm
from .indices import IndicesAlgorithm
from .joinstatistics import JoinStatisticsAlgorithm
from .loadsample import LoadSampleAlgorithm
from .regionflags import RegionFlagsAlgorithm
from .report import ReportAlgorithm
from .styleareatypes import StyleAreaTypesAlgorithm
from .stylegraduated import StyleGraduatedAlgorithm
from .transit import TransitCatchmentAlgorithm
from .transitions import AreaTypeTransitionsAlgorithm

ALGORITHMS = (
    LoadSampleAlgorithm,
    ImportStatisticsAlgorithm,
    JoinStatisticsAlgorithm,
    AggregateAlgorithm,
    AreaTypesAlgorithm,
    AreaTypeTransitionsAlgorithm,
    IndicesAlgorithm,
    IncomeInequalityAlgorithm,
    RegionFlagsAlgorithm,
    IndexChangeAlgorithm,
    TransitCatchmentAlgorithm,
    StyleAreaTypesAlgorithm,
    StyleGraduatedAlgorithm,
    ReportAlgorithm,
)

"""One module per Processing algorithm; ``ALGORITHMS`` lists them for the provider."""

from .areatypes import AreaTypesAlgorithm
from .loadsample import LoadSampleAlgorithm

ALGORITHMS = (LoadSampleAlgorithm, AreaTypesAlgorithm)

def classFactory(iface):
    from .survey_import import SurveyImportPlugin
    return SurveyImportPlugin(iface)

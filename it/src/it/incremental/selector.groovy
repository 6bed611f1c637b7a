evaluate(new File(itSources, 'common.groovy'))
return mavenPythons()

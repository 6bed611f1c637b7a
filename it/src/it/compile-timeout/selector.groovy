evaluate(new File(itSources, 'common.groovy'))
return havePython('3.12')

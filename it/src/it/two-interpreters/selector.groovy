evaluate(new File(itSources, 'common.groovy'))
return havePython('3.12') && havePython('3.13')

'single'
"double"
'''triple single'''
"""triple double"""
'it"s'
"it's"
'''a 'quoted' "x" '''
